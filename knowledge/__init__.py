"""Knowledge base: catalogue, sources, index, hybrid search and evaluation. Never imports bot/."""
