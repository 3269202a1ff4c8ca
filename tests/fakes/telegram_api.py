"""A fake Telegram Bot API: a real HTTP server on 127.0.0.1, and the same core behind an offline request object.

It behaves like Telegram where the bot could get it wrong:

- ``getUpdates`` long-polls with ``offset`` (confirming earlier updates), ``timeout`` and ``limit``;
- message text is 1–4,096 characters *after* entity parsing (counted in UTF-16 code units, as Telegram does);
- ``parse_mode=HTML`` accepts only Telegram's tags and the entities ``&lt; &gt; &amp; &quot;`` and numeric ones —
  anything else is ``400 Bad Request: can't parse entities``;
- callback data is 1–64 bytes, a button has exactly one action, URLs are http(s) or tg;
- a callback query must be answered once, within ``callback_timeout`` seconds of being delivered
  (else ``query is too old``); editing a message to what it already is fails with ``message is not modified``;
- faults can be scripted per method: 429 with ``retry_after``, 5xx, a hang longer than the client's timeout
  (the request then has no effect, as if lost on the way), or any 400 — once, or on every call (``sticky``).

Tests push updates (``message``, ``command``, ``callback`` …) and read back what the bot sent (``sent``,
``calls``), with ``wait_for`` to wait for the bot. ``OfflineRequest`` plugs the same core into
python-telegram-bot without any socket, for unit tests through ``Application.process_update``.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import sys
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from telegram.request import BaseRequest, RequestData

TOKEN = "123456789:TEST-token_for-the-fake-bot-api"
BOT_ID = 123456789
BOT_USERNAME = "DSEPathwaysTestBot"
MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
}  # fmt: skip
STRING_FIELDS = {
    "text", "parse_mode", "caption", "callback_query_id", "action", "language_code", "url",
    "inline_message_id", "description", "short_description", "name", "secret_token",
}  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"]*\"|='[^']*')?)*)\s*(/?)>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_HREF = re.compile(r"""href=(?:"([^"]*)"|'([^']*)')""")
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"@[A-Za-z0-9_]{3,32}")
_BOT_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"ok": False, "error_code": self.status, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(markup: str) -> str:
    """The text Telegram shows for HTML, or ApiError 400 "can't parse entities" as Telegram answers."""
    out: list[str] = []
    stack: list[str] = []
    index = 0
    while index < len(markup):
        char = markup[index]
        if char == "<":
            match = _TAG.match(markup, index)
            if match is None:
                raise bad_request(f"can't parse entities: Unexpected character at byte offset {index}")
            closing, name, attributes, _ = match.groups()
            name = name.lower()
            if name not in ALLOWED_TAGS:
                raise bad_request(f'can\'t parse entities: Unsupported start tag "{name}" at byte offset {index}')
            if closing:
                if not stack or stack[-1] != name:
                    raise bad_request(f"can't parse entities: Unexpected end tag at byte offset {index}")
                stack.pop()
            else:
                if name == "a":
                    href = _HREF.search(attributes or "")
                    if href is None:
                        raise bad_request("can't parse entities: a tag without href")
                stack.append(name)
            index = match.end()
        elif char == "&":
            match = _ENTITY.match(markup, index)
            if match is None:
                raise bad_request(f"can't parse entities: Unsupported HTML entity at byte offset {index}")
            out.append(html.unescape(match.group(0)))
            index = match.end()
        elif char == ">":
            raise bad_request(f"can't parse entities: Unexpected character '>' at byte offset {index}")
        else:
            out.append(char)
            index += 1
    if stack:
        raise bad_request(f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\"")
    return "".join(out)


def visible_text(text: Any, parse_mode: Any, limit: int = MAX_TEXT, what: str = "message") -> str:
    if not isinstance(text, str):
        raise bad_request(f"{what} text is empty")
    shown = parse_html(text) if str(parse_mode or "").upper() == "HTML" else text
    if not shown.strip():
        raise bad_request(f"{what} text is empty")
    if utf16_len(shown) > limit:
        raise bad_request(f"{what} is too long")
    return shown


def check_markup(markup: Any) -> dict[str, Any] | None:
    if markup is None:
        return None
    if isinstance(markup, str):
        markup = json.loads(markup)
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    if rows is None:
        return markup if isinstance(markup, dict) else None
    for row in rows:
        for button in row:
            text = button.get("text")
            if not isinstance(text, str) or not text.strip():
                raise bad_request("button text is empty")
            actions = [
                k for k in ("callback_data", "url", "switch_inline_query", "copy_text", "web_app") if k in button
            ]
            if len(actions) != 1:
                raise bad_request("BUTTON_TYPE_INVALID")
            if "callback_data" in button:
                size = len(str(button["callback_data"]).encode("utf-8"))
                if not 1 <= size <= MAX_CALLBACK_DATA:
                    raise bad_request("BUTTON_DATA_INVALID")
            if "url" in button and not re.match(r"^(https?|tg)://", str(button["url"])):
                raise bad_request("BUTTON_URL_INVALID")
    return markup


@dataclass
class Fault:
    """What the next matching call gets instead of a normal answer."""

    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None
    hang_seconds: float = 0.0  # sleep this long, then fail: the client has given up by then
    when: Callable[[dict[str, Any]], bool] | None = None
    sticky: bool = False  # stays for every later matching call (e.g. a revoked token) instead of only the next


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    status: int = 200


@dataclass
class Sent:
    """A message the bot sent (or a document)."""

    chat_id: int
    message_id: int
    text: str  # as shown (entities parsed)
    raw: str  # as sent
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    at: float
    method: str = "sendMessage"
    document: bytes | None = None
    filename: str | None = None

    @property
    def buttons(self) -> list[dict[str, Any]]:
        if not self.reply_markup:
            return []
        return [b for row in self.reply_markup.get("inline_keyboard", []) for b in row]

    def button(self, text_part: str) -> dict[str, Any]:
        for button in self.buttons:
            if text_part in button["text"]:
                return button
        raise AssertionError(f"no button with {text_part!r} in {[b['text'] for b in self.buttons]}")


@dataclass
class BotApi:
    """The state of one fake bot: updates to deliver, messages sent, calls made, faults to inject."""

    token: str = TOKEN
    username: str = BOT_USERNAME
    callback_timeout: float = 15.0
    calls: list[Call] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    commands: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    answered: dict[str, dict[str, Any]] = field(default_factory=dict)
    listeners: list[Callable[[Sent], None]] = field(default_factory=list)  # told of each message sent (quickly!)

    def __post_init__(self) -> None:
        self._cond = threading.Condition()
        self._updates: deque[dict[str, Any]] = deque()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._query_ids = itertools.count(1)
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._queries: dict[str, float] = {}
        self._faults: dict[str, deque[Fault]] = {}
        self.delivered = 0
        self.polls = 0
        self.webhook_deleted = False
        self.webhook: dict[str, Any] | None = None  # what setWebhook registered (tests/fakes/webhooks.py delivers)

    # -- what tests do ----------------------------------------------------------------------------------

    def fail(self, method: str, *faults: Fault) -> None:
        with self._cond:
            self._faults.setdefault(method, deque()).extend(faults)

    def push(self, update: dict[str, Any]) -> int:
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            self._updates.append(update)
            self._cond.notify_all()
            return int(update["update_id"])

    @staticmethod
    def user(user_id: int, *, language_code: str | None = "en", first_name: str = "Student") -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if language_code:
            user["language_code"] = language_code
        return user

    def message(
        self,
        user_id: int,
        text: str | None = None,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
        first_name: str = "Student",
        edited: bool = False,
        reply_to: dict[str, Any] | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """A message update (commands and @mentions get their entities, as Telegram adds them)."""
        chat_id = user_id if chat_id is None else chat_id
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = first_name
        else:
            chat["title"] = "Class 5A"
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": self.user(user_id, language_code=language_code, first_name=first_name),
            **extra,
        }
        if text is not None:
            message["text"] = text
            entities = []
            if command := _COMMAND.match(text):
                entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(command.group(0))})
            for mention in _MENTION.finditer(text):
                if command and mention.start() < command.end():
                    continue
                offset = utf16_len(text[: mention.start()])
                entities.append({"type": "mention", "offset": offset, "length": utf16_len(mention.group(0))})
            if entities:
                message["entities"] = entities
        if edited:
            message["edit_date"] = int(time.time())
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        return {"edited_message" if edited else "message": message}

    def send_text(self, user_id: int, text: str, **kwargs: Any) -> int:
        return self.push(self.message(user_id, text, **kwargs))

    def tap(self, user_id: int, sent: Sent, data: str, *, language_code: str | None = "en") -> str:
        """The student taps a button with this callback data under a message the bot sent."""
        query_id = f"q{next(self._query_ids)}"
        with self._cond:
            stored = self._messages.get((sent.chat_id, sent.message_id))
            message = dict(stored) if stored else self._message_dict(sent.chat_id, sent.message_id, sent.text, None)
            self._queries[query_id] = time.monotonic()
        self.push(
            {
                "callback_query": {
                    "id": query_id,
                    "from": self.user(user_id, language_code=language_code),
                    "chat_instance": f"ci{sent.chat_id}",
                    "message": message,
                    "data": data,
                }
            }
        )
        return query_id

    # -- what tests read --------------------------------------------------------------------------------

    def messages_to(self, chat_id: int) -> list[Sent]:
        with self._cond:
            return [s for s in self.sent if s.chat_id == chat_id]

    def calls_of(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method]

    def current(self, sent: Sent) -> dict[str, Any] | None:
        """The message as it is now (after edits)."""
        with self._cond:
            stored = self._messages.get((sent.chat_id, sent.message_id))
            return dict(stored) if stored else None

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError("the bot did not do what was expected in time")
                self._cond.wait(min(remaining, 0.05))

    async def until(self, predicate: Callable[[], bool], within: float = 20.0) -> None:
        """``wait_for`` for async tests: the bot runs on the same event loop, so this must not block it."""
        deadline = time.monotonic() + within
        while True:
            with self._cond:
                if predicate():
                    return
            if time.monotonic() > deadline:
                raise AssertionError("the bot did not do what was expected in time")
            await asyncio.sleep(0.01)

    async def messages_for(self, chat_id: int, count: int, within: float = 20.0) -> list[Sent]:
        """Wait until the bot has sent ``count`` messages to the chat; all of them, in order."""
        await self.until(lambda: len([s for s in self.sent if s.chat_id == chat_id]) >= count, within)
        return self.messages_to(chat_id)

    def wait_for_messages(self, chat_id: int, count: int, timeout: float = 20.0) -> list[Sent]:
        self.wait_for(lambda: len([s for s in self.sent if s.chat_id == chat_id]) >= count, timeout)
        return self.messages_to(chat_id)

    def take_updates(self, wait: float = 0.0) -> list[dict[str, Any]]:
        """Every update pushed and not yet taken, waiting up to ``wait`` seconds for one (webhook delivery)."""
        deadline = time.monotonic() + wait
        with self._cond:
            while not self._updates and time.monotonic() < deadline:
                self._cond.wait(min(0.05, max(0.0, deadline - time.monotonic())))
            taken = list(self._updates)
            self._updates.clear()
            return taken

    @property
    def pending_updates(self) -> int:
        with self._cond:
            return len(self._updates)

    # -- the API ----------------------------------------------------------------------------------------

    def _message_dict(self, chat_id: int, message_id: int, text: str, markup: dict[str, Any] | None) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "DSE Pathways", "username": self.username},
            "text": text,
        }
        if markup:
            message["reply_markup"] = markup
        return message

    def _fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        queue = self._faults.get(method)
        if not queue:
            return None
        fault = queue[0]
        if fault.when is not None and not fault.when(params):
            return None
        if not fault.sticky:
            queue.popleft()
        return fault

    def handle(
        self, token: str, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]
    ) -> tuple[int, dict[str, Any]]:
        """One API call: (HTTP status, JSON body)."""
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        with self._cond:
            fault = self._fault(method, params)
        if fault is not None:
            if fault.hang_seconds:
                time.sleep(fault.hang_seconds)  # the client has timed out: whatever it sent is lost
            error = ApiError(fault.status, fault.description, fault.retry_after)
            self._record(method, params, error.status)
            return error.status, error.body()
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._get_updates(params)}
        try:
            with self._cond:
                result = self._call(method, params, files)
                self.calls.append(Call(method, params, time.monotonic()))
                self._cond.notify_all()
        except ApiError as error:
            self._record(method, params, error.status)
            return error.status, error.body()
        return 200, {"ok": True, "result": result}

    def _record(self, method: str, params: dict[str, Any], status: int) -> None:
        with self._cond:
            self.calls.append(Call(method, params, time.monotonic(), status))
            self._cond.notify_all()

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        with self._cond:
            self.polls += 1
            while self._updates and offset and self._updates[0]["update_id"] < offset:
                self._updates.popleft()  # confirmed by the offset
            while not self._updates:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._cond.wait(min(remaining, 0.1))
                while self._updates and offset and self._updates[0]["update_id"] < offset:
                    self._updates.popleft()
            batch = list(itertools.islice(self._updates, 0, limit))
            self.delivered = max(self.delivered, int(batch[-1]["update_id"]))
            return batch

    def _chat_id(self, params: dict[str, Any]) -> int:
        chat_id = params.get("chat_id")
        try:
            return int(chat_id)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None

    def _call(self, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> Any:
        handlers: dict[str, Callable[[dict[str, Any], dict[str, tuple[str, bytes]], float], Any]] = {
            "getMe": self._get_me,
            "deleteWebhook": self._delete_webhook,
            "close": self._delete_webhook,
            "logOut": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setWebhook": self._set_webhook,
            "sendMessage": self._send_message,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "sendChatAction": self._send_chat_action,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "deleteMessage": self._delete_message,
        }
        handler = handlers.get(method)
        if handler is None:
            raise ApiError(404, "Not Found")
        return handler(params, files, time.monotonic())

    def _get_me(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        return {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "DSE Pathways",
            "username": self.username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _delete_webhook(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        self.webhook_deleted = True
        return True

    def _get_webhook_info(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._updates)}

    def _set_webhook(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        url = params.get("url")
        if not isinstance(url, str) or not re.match(r"^https?://", url):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad_request("secret token contains unallowed characters")
        connections = int(params.get("max_connections") or 40)
        if not 1 <= connections <= 100:
            raise bad_request("bad webhook: max_connections must be 1-100")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self.webhook = {
            "url": url,
            "secret_token": secret,
            "max_connections": connections,
            "allowed_updates": params.get("allowed_updates"),
        }
        self.webhook_deleted = False
        return True

    def _send_message(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        chat_id = self._chat_id(params)
        shown = visible_text(params.get("text"), params.get("parse_mode"))
        markup = check_markup(params.get("reply_markup"))
        message_id = next(self._message_ids)
        message = self._message_dict(chat_id, message_id, shown, markup)
        self._messages[(chat_id, message_id)] = message
        sent = Sent(chat_id, message_id, shown, params["text"], params.get("parse_mode"), markup, now)
        self.sent.append(sent)
        for listener in self.listeners:
            listener(sent)
        return message

    def _send_document(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        return self._send_file("document", "sendDocument", params, files, now)

    def _send_photo(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        return self._send_file("photo", "sendPhoto", params, files, now)

    def _send_file(
        self, field: str, method: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float
    ) -> Any:
        """sendDocument and sendPhoto: the file in a multipart part ("attach://name" or the field's own name),
        an optional caption checked like a message's text, an optional keyboard."""
        chat_id = self._chat_id(params)
        reference = params.get(field)
        name = str(reference).removeprefix("attach://") if isinstance(reference, str) else field
        if name not in files:
            raise bad_request(f"there is no {field} in the request")
        filename, content = files[name]
        caption = params.get("caption")
        if caption is not None:
            visible_text(caption, params.get("parse_mode"), MAX_CAPTION, "caption")
        markup = check_markup(params.get("reply_markup"))
        message_id = next(self._message_ids)
        message = self._message_dict(chat_id, message_id, "", markup)
        del message["text"]
        if field == "photo":
            message["photo"] = [
                {"file_id": f"p{message_id}", "file_unique_id": f"pu{message_id}", "width": 1, "height": 1}
            ]
        else:
            message["document"] = {
                "file_id": f"f{message_id}",
                "file_unique_id": f"u{message_id}",
                "file_name": filename,
            }
        if caption:
            message["caption"] = caption
        self._messages[(chat_id, message_id)] = message
        shown = str(caption or "")
        self.sent.append(Sent(chat_id, message_id, shown, shown, None, markup, now, method, content, filename))
        return message

    def _edit_message_text(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        chat_id = self._chat_id(params)
        key = (chat_id, int(params.get("message_id") or 0))
        stored = self._messages.get(key)
        if stored is None:
            raise bad_request("message to edit not found")
        shown = visible_text(params.get("text"), params.get("parse_mode"))
        markup = check_markup(params.get("reply_markup"))
        if shown == stored.get("text") and markup == stored.get("reply_markup"):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
            )
        stored["text"] = shown
        stored.pop("reply_markup", None)
        if markup:
            stored["reply_markup"] = markup
        stored["edit_date"] = int(time.time())
        return dict(stored)

    def _edit_message_reply_markup(
        self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float
    ) -> Any:
        chat_id = self._chat_id(params)
        key = (chat_id, int(params.get("message_id") or 0))
        stored = self._messages.get(key)
        if stored is None:
            raise bad_request("message to edit not found")
        markup = check_markup(params.get("reply_markup"))
        if (markup or None) == (stored.get("reply_markup") or None):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
            )
        stored.pop("reply_markup", None)
        if markup and markup.get("inline_keyboard"):
            stored["reply_markup"] = markup
        return dict(stored)

    def _answer_callback_query(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        query_id = str(params.get("callback_query_id"))
        created = self._queries.get(query_id)
        if created is None or query_id in self.answered or now - created > self.callback_timeout:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        self.answered[query_id] = {"text": text, "at": now, "after": now - created}
        return True

    def _send_chat_action(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        self._chat_id(params)
        if params.get("action") not in {"typing", "upload_document", "upload_photo", "record_voice"}:
            raise bad_request("wrong parameter action in request")
        return True

    def _set_my_commands(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands are invalid")
        for command in commands:
            if not _BOT_COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[str(params.get("language_code") or "")] = commands
        return True

    def _get_my_commands(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        return self.commands.get(str(params.get("language_code") or ""), [])

    def _delete_my_commands(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        self.commands.pop(str(params.get("language_code") or ""), None)
        return True

    def _delete_message(self, params: dict[str, Any], files: dict[str, tuple[str, bytes]], now: float) -> Any:
        return self._messages.pop((self._chat_id(params), int(params.get("message_id") or 0)), None) is not None


def decode_params(fields: dict[str, str]) -> dict[str, Any]:
    """Form fields as python-telegram-bot sends them: strings as they are, everything else JSON."""
    params: dict[str, Any] = {}
    for name, value in fields.items():
        if name in STRING_FIELDS:
            params[name] = value
            continue
        try:
            params[name] = json.loads(value)
        except (json.JSONDecodeError, TypeError):
            params[name] = value
    return params


_PATH = re.compile(r"^/bot([^/]+)/([A-Za-z]+)$")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that closes a kept-alive connection is normal (python-telegram-bot does on shutdown).
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class FakeTelegramServer:
    """The fake Bot API over real HTTP on 127.0.0.1 (a thread per request, as long polling needs)."""

    def __init__(self, api: BotApi | None = None) -> None:
        self.api = api or BotApi()
        self._server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL is set to: the token is appended, as with Telegram's own URL."""
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def start(self) -> FakeTelegramServer:
        api = self.api

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                return

            def _fields(self) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length) if length else b""
                content_type = self.headers.get("Content-Type", "")
                query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
                if content_type.startswith("multipart/form-data"):
                    message = BytesParser(policy=HTTP).parsebytes(
                        f"Content-Type: {content_type}\r\n\r\n".encode() + body
                    )
                    fields: dict[str, str] = {}
                    files: dict[str, tuple[str, bytes]] = {}
                    for part in message.iter_parts():
                        name = part.get_param("name", header="content-disposition")
                        filename = part.get_filename()
                        payload = part.get_payload(decode=True) or b""
                        if filename is not None:
                            files[str(name)] = (filename, payload)
                        else:
                            fields[str(name)] = payload.decode("utf-8")
                    return {**query, **fields}, files
                if content_type.startswith("application/json") and body:
                    data = json.loads(body)
                    return {**query, **{k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}}, {}
                return {**query, **dict(urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True))}, {}

            def _respond(self) -> None:
                match = _PATH.match(urllib.parse.urlsplit(self.path).path)
                fields, files = self._fields()
                if match is None:
                    status, body = 404, {"ok": False, "error_code": 404, "description": "Not Found"}
                else:
                    status, body = api.handle(match.group(1), match.group(2), decode_params(fields), files)
                raw = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(raw)))
                    self.end_headers()
                    self.wfile.write(raw)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a hang test)

            do_POST = _respond  # noqa: N815 - the http.server naming
            do_GET = _respond  # noqa: N815

        self._server = _Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


class OfflineRequest(BaseRequest):
    """python-telegram-bot's request interface answered by a :class:`BotApi` in process: no socket at all."""

    def __init__(self, api: BotApi) -> None:
        self.api = api

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        del method, read_timeout, write_timeout, connect_timeout, pool_timeout
        match = re.search(r"/bot([^/]+)/([A-Za-z]+)$", url)
        assert match is not None, url
        fields = request_data.json_parameters if request_data else {}
        files: dict[str, tuple[str, bytes]] = {}
        if request_data is not None and request_data.contains_files:
            for name, (filename, content, _mime) in request_data.multipart_data.items():
                files[name] = (filename, content if isinstance(content, bytes) else content.read())
        status, body = self.api.handle(match.group(1), match.group(2), decode_params(fields), files)
        return status, json.dumps(body).encode()
