"""Switchboard call center: a FastAPI backend that Switchboard reads, and a template for your own.

Run it in this folder with ``python3 -m uvicorn main:app --port 8000`` and point Switchboard at
``http://127.0.0.1:8000/api/v1/openapi.json``. Seed users: admin / switchboard-admin, agent / switchboard-agent,
viewer / switchboard-viewer. See README.md; the API is described in Switchboard's docs/callcenter-api.md.
"""
import logging

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError

import config
import seed
from db import Database
from errors import BodySizeLimit, validation_exception_handler
from routers import auth as auth_routes, calls, roles, teams, users

log = logging.getLogger("uvicorn.error")

DESCRIPTION = """
A call-center back office: **calls** (paged, filtered, sorted; transfer and close; each with its history),
**users**, **teams** and the **roles** users can have.

Log in with the OAuth2 password flow at `POST /api/v1/auth/token`. Seed users (username / password):
`admin` / `switchboard-admin` (every scope), `agent` / `switchboard-agent` (calls:read, calls:write,
users:read), `viewer` / `switchboard-viewer` (calls:read).
"""

app = FastAPI(
    title="Switchboard call center",
    version="1.0.0",
    description=DESCRIPTION,
    openapi_url=f"{config.API_PREFIX}/openapi.json",
    openapi_tags=[
        {"name": "auth", "description": "Log in"},
        {"name": "calls", "description": "Inbound and outbound calls"},
        {"name": "users", "description": "People who log in: agents, supervisors, admins"},
        {"name": "teams", "description": "Groups of users"},
        {"name": "roles", "description": "What each role may do"},
    ],
)
app.add_middleware(BodySizeLimit, max_bytes=config.MAX_BODY_BYTES)
app.add_exception_handler(RequestValidationError, validation_exception_handler)
for module in (auth_routes, calls, users, teams, roles):
    app.include_router(module.router)


# FastAPI 0.92 has no ``lifespan=``; newer versions accept these handlers too (or move them into a lifespan).
@app.on_event("startup")
def open_database() -> None:
    path = config.database_path()
    app.state.db = Database(path)
    if seed.seed_if_empty(app.state.db):
        log.info("Seeded %s: 60 users, 8 teams, %d calls", path, seed.CALL_COUNT)
    log.info("Log in as admin / switchboard-admin, agent / switchboard-agent or viewer / switchboard-viewer")


@app.on_event("shutdown")
def close_database() -> None:
    app.state.db.close()
