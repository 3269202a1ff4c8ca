"""The review's state file: a JSON round trip, atomic replacement, and a damaged file starting afresh."""

from __future__ import annotations

import json
from pathlib import Path

from knowledge.review.content import content_hash, main_text
from knowledge.review.state import LinkState, ReviewState, load_state, save_state


def test_state_round_trips_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "review" / "links.json"
    state = ReviewState(
        links={"https://example.edu.hk/a": LinkState("new", "2026-03-10T08:00:00+00:00", 200, None, '"v1"', None, "ab")}
    )

    save_state(path, state)
    save_state(path, state)  # replacing an existing file works too

    assert load_state(path) == state
    assert [p.name for p in path.parent.iterdir()] == ["links.json"]


def test_a_missing_or_damaged_file_starts_afresh(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{not json", encoding="utf-8")
    other_layout = tmp_path / "other.json"
    other_layout.write_text(json.dumps({"version": 99, "links": {}}), encoding="utf-8")

    assert load_state(tmp_path / "missing.json").links == {}
    assert load_state(damaged).links == {}
    assert load_state(other_layout).links == {}


def test_main_text_prefers_main_and_drops_furniture() -> None:
    html = (
        "<html><head><script>track()</script></head><body><header>Menu</header><nav>Links</nav>"
        "<div>Sidebar</div><main><h1>Fees</h1>\n\n<p>HK$  2,000</p><style>p{}</style></main>"
        "<footer>©</footer></body></html>"
    )

    assert main_text(html) == "Fees HK$ 2,000"
    assert main_text("<body><article>Only <b>this</b></article><p>not this</p></body>") == "Only this"


def test_the_hash_ignores_furniture_but_not_text_and_hashes_non_html_bytes() -> None:
    before = b"<body><nav>A</nav><main>Fee HK$100</main><script>v=1</script></body>"
    menu_changed = b"<body><nav>A | B</nav><main>Fee  HK$100</main><script>v=2</script></body>"
    text_changed = b"<body><nav>A</nav><main>Fee HK$120</main></body>"
    html = "text/html; charset=utf-8"

    assert content_hash(before, html) == content_hash(menu_changed, html)
    assert content_hash(before, html) != content_hash(text_changed, html)
    assert content_hash(b"%PDF-1", "application/pdf") != content_hash(b"%PDF-2", "application/pdf")
