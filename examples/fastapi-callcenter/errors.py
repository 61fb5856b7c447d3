"""Errors the way FastAPI reports them, plus the two places this app adds to it.

* :func:`invalid` raises a 422 shaped like FastAPI's own (``{"detail": [{"loc", "msg", "type"}]}``) for checks
  that need the database (an unknown user id) or that a plain query parameter cannot declare (``order_by``).
* :class:`BodySizeLimit` answers 413 to bodies over 1 MB before anything reads them.
* :func:`validation_exception_handler` reports malformed JSON as newer FastAPI does (``type: json_invalid``)
  instead of pydantic v1's ``value_error.jsondecode``, which also echoed the whole document back.
"""
import json
from typing import Tuple, Union

from fastapi import Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic.error_wrappers import ErrorWrapper

Loc = Tuple[Union[str, int], ...]


def invalid(*problems: Tuple[Loc, str]) -> RequestValidationError:
    """A 422 for each ``(loc, message)``; ``raise invalid((("query", "order_by"), "unknown field 'x'"))``."""
    return RequestValidationError([ErrorWrapper(ValueError(message), loc) for loc, message in problems])


async def validation_exception_handler(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    if len(errors) == 1 and errors[0]["type"] == "value_error.jsondecode":
        cause = exc.raw_errors[0].exc  # the json.JSONDecodeError
        position = cause.pos if isinstance(cause, json.JSONDecodeError) else 0
        message = cause.msg if isinstance(cause, json.JSONDecodeError) else str(cause)
        return JSONResponse(status_code=422, content={"detail": [
            {"type": "json_invalid", "loc": ["body", position], "msg": "JSON decode error", "input": {},
             "ctx": {"error": message}}]})
    return await request_validation_exception_handler(request, exc)


class BodySizeLimit:
    """Pure ASGI middleware: 413 when a request body is over ``max_bytes``, declared or streamed.

    Before answering it reads and drops the rest of the body (up to ``drain_bytes``): a client still sending
    when the server closes the connection may see a reset instead of the 413.
    """

    def __init__(self, app, max_bytes: int, drain_bytes: int = 16 * 1024 * 1024):
        self.app = app
        self.max_bytes = max_bytes
        self.drain_bytes = drain_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._too_large(scope, receive, send, more_body=True)
        # Read the (at most 1 MB) body here, then replay it to the app.
        messages, size = [], 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            more_body = message.get("more_body", False)
            if size > self.max_bytes:
                return await self._too_large(scope, receive, send, more_body)
            if not more_body:
                break

        async def replay():
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope, receive, send, more_body: bool):
        drained = 0
        while more_body and drained < self.drain_bytes:
            message = await receive()
            if message["type"] != "http.request":
                break
            drained += len(message.get("body", b""))
            more_body = message.get("more_body", False)
        await JSONResponse({"detail": "Request body too large"}, status_code=413)(scope, receive, send)
