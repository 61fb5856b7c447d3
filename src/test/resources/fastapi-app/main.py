"""A small call-centre backend that exists only so Switchboard's tests can read a REAL FastAPI document.

The schema-engine tests start it with Debian's FastAPI 0.92 / pydantic 1.10 (``/usr/bin/python3 -m uvicorn
main:app``, see dev.switchboard.testing.FastApiServer) and read ``/openapi.json``, so it deliberately uses the
conventions real FastAPI backends use: an ``APIRouter(prefix="/api/v1")``, OAuth2 password flow with a RELATIVE
tokenUrl and per-operation scopes, trailing-slash collections, a fastapi-pagination-style ``{items,total,page,size,
pages}`` envelope, a bare-array list, a ``{data,count}`` list, Optional fields, enums, bounds and action endpoints.
Everything lives in memory and is reset on every start.

Seeded users (form login at POST /api/v1/auth/token; passwords are plain text, this is a test fixture):
  * ``admin`` / ``admin-password``  - scopes calls:read calls:write users:read users:admin
  * ``ada``   / ``ada-password``    - scopes calls:read calls:write users:read
  * ``grace`` / ``grace-password``  - scopes calls:read (inactive: cannot log in)

Email addresses are plain ``str`` with a regex: Debian's python3-email-validator is not installed here, and the
document must not change with it (EmailStr would only add ``format: email``).
"""
import secrets
from datetime import datetime, timezone
from enum import Enum
from math import ceil
from typing import Dict, List, Optional

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Path, Query, Response, Security
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm, SecurityScopes
from pydantic import BaseModel, Field, HttpUrl

SCOPES = {"calls:read": "Read calls", "calls:write": "Create and change calls",
          "users:read": "Read users", "users:admin": "Manage users"}
oauth2 = OAuth2PasswordBearer(tokenUrl="api/v1/auth/token", scopes=SCOPES)
HEX_ID = "^[0-9a-f]{24}$"
EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


class Direction(str, Enum):
    inbound = "inbound"
    outbound = "outbound"


class CallStatus(str, Enum):
    ringing = "ringing"
    active = "active"
    completed = "completed"
    missed = "missed"
    voicemail = "voicemail"
    transferred = "transferred"


class Outcome(str, Enum):
    resolved = "resolved"
    follow_up = "follow_up"
    escalated = "escalated"
    no_answer = "no_answer"


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class CallCreate(BaseModel):
    direction: Direction
    caller_number: str = Field(..., min_length=3, max_length=32, regex=r"^\+?[0-9 ]+$")
    agent_id: Optional[int] = Field(None, description="The user handling the call")
    queue: str = Field(..., max_length=64)
    status: CallStatus = CallStatus.ringing
    started_at: datetime
    notes: Optional[str] = Field(None, max_length=2000)
    tags: List[str] = []


class CallUpdate(BaseModel):
    agent_id: Optional[int] = None
    queue: Optional[str] = Field(None, max_length=64)
    status: Optional[CallStatus] = None
    ended_at: Optional[datetime] = None
    duration_s: Optional[int] = Field(None, ge=0)
    notes: Optional[str] = Field(None, max_length=2000)
    tags: Optional[List[str]] = None
    recording_url: Optional[HttpUrl] = None
    satisfaction: Optional[int] = Field(None, ge=1, le=5)


class Call(CallCreate):
    id: str = Field(..., regex=HEX_ID)
    ended_at: Optional[datetime] = None
    duration_s: Optional[int] = Field(None, ge=0)
    recording_url: Optional[HttpUrl] = None
    satisfaction: Optional[int] = Field(None, ge=1, le=5)
    created_at: datetime
    updated_at: datetime


class PageCall(BaseModel):
    """What fastapi-pagination's ``Page[Call]`` serves."""
    items: List[Call]
    total: int = Field(..., ge=0)
    page: int = Field(..., ge=1)
    size: int = Field(..., ge=1)
    pages: int = Field(..., ge=0)


class CallTransfer(BaseModel):
    agent_id: int
    reason: Optional[str] = Field(None, max_length=500)


class CallClose(BaseModel):
    outcome: Outcome
    notes: Optional[str] = Field(None, max_length=2000)


class UserBase(BaseModel):
    email: str = Field(..., regex=EMAIL, max_length=254)
    full_name: Optional[str] = Field(None, max_length=100)
    is_active: bool = True
    scopes: List[str] = []


class UserCreate(UserBase):
    username: str = Field(..., min_length=2, max_length=32, regex="^[a-z][a-z0-9_]*$")
    password: str = Field(..., min_length=8, description="Write-only")


class UserUpdate(UserBase):
    """A full replace (PUT); the password changes only through reset-password."""


class UserRead(UserBase):
    id: int
    username: str
    created_at: datetime


class PasswordReset(BaseModel):
    new_password: str = Field(..., min_length=8)


class Queue(BaseModel):
    name: str
    description: Optional[str] = None
    max_wait_s: int = Field(..., ge=0)
    agents: List[int] = []


class QueueList(BaseModel):
    data: List[Queue]
    count: int


NOW = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)
USERS: Dict[int, dict] = {}
PASSWORDS: Dict[str, str] = {}
CALLS: Dict[str, dict] = {}
TOKENS: Dict[str, tuple] = {}
QUEUES = {q["name"]: q for q in [
    {"name": "support", "description": "Customer support", "max_wait_s": 120, "agents": [2]},
    {"name": "sales", "description": None, "max_wait_s": 60, "agents": [1, 2]}]}


def _add_user(username: str, email: str, scopes: List[str], is_active: bool = True) -> dict:
    user = {"id": max(USERS, default=0) + 1, "username": username, "email": email, "full_name": username.title(),
            "is_active": is_active, "scopes": scopes, "created_at": NOW}
    USERS[user["id"]] = user
    PASSWORDS[username] = username + "-password"
    return user


_add_user("admin", "admin@example.com", list(SCOPES))
_add_user("ada", "ada@example.com", ["calls:read", "calls:write", "users:read"])
_add_user("grace", "grace@example.com", ["calls:read"], is_active=False)
for n, (status, queue) in enumerate([("completed", "support"), ("active", "sales"), ("missed", "support")]):
    cid = f"{n + 1:024x}"
    CALLS[cid] = {"id": cid, "direction": "inbound", "caller_number": f"+4420700900{n}", "agent_id": 2,
                  "queue": queue, "status": status, "started_at": NOW, "tags": ["seed"],
                  "created_at": NOW, "updated_at": NOW}


def get_current_user(security_scopes: SecurityScopes, token: str = Depends(oauth2)) -> dict:
    granted = TOKENS.get(token)
    auth = {"WWW-Authenticate": f'Bearer scope="{security_scopes.scope_str}"'}
    if granted is None:
        raise HTTPException(401, "Could not validate credentials", headers=auth)
    missing = [s for s in security_scopes.scopes if s not in granted[1]]
    if missing:
        raise HTTPException(403, f"Missing scopes: {' '.join(missing)}", headers=auth)
    return USERS[granted[0]]


def _found(table: dict, key, what: str) -> dict:
    if key not in table:
        raise HTTPException(404, f"{what} not found")
    return table[key]


router = APIRouter(prefix="/api/v1")


@router.post("/auth/token", response_model=Token, tags=["auth"])
def login(form: OAuth2PasswordRequestForm = Depends()):
    user = next((u for u in USERS.values() if u["username"] == form.username), None)
    if user is None or not user["is_active"] or PASSWORDS.get(form.username) != form.password:
        raise HTTPException(400, "Incorrect username or password")
    scopes = [s for s in form.scopes if s in user["scopes"]] if form.scopes else user["scopes"]
    token = secrets.token_hex(16)
    TOKENS[token] = (user["id"], scopes)
    return Token(access_token=token)


@router.get("/calls/", response_model=PageCall, tags=["calls"])
def list_calls(page: int = Query(1, ge=1), size: int = Query(50, ge=1, le=100),
               status: Optional[CallStatus] = None,
               status__in: Optional[str] = Query(None, description="Comma-separated statuses"),
               direction: Optional[Direction] = None, agent_id: Optional[int] = None,
               queue: Optional[str] = None, started_at__gte: Optional[datetime] = None,
               started_at__lte: Optional[datetime] = None, search: Optional[str] = None,
               order_by: Optional[str] = Query(None, description="Field name, '-' prefix for descending"),
               _=Security(get_current_user, scopes=["calls:read"])):
    rows = list(CALLS.values())
    wanted = set(status__in.split(",")) if status__in else None
    rows = [c for c in rows if (status is None or c["status"] == status.value)
            and (wanted is None or c["status"] in wanted)
            and (direction is None or c["direction"] == direction.value)
            and (agent_id is None or c.get("agent_id") == agent_id) and (queue is None or c["queue"] == queue)
            and (started_at__gte is None or c["started_at"] >= started_at__gte)
            and (started_at__lte is None or c["started_at"] <= started_at__lte)
            and (search is None or search.lower() in (c["caller_number"] + (c.get("notes") or "")).lower())]
    if order_by:
        key = order_by.lstrip("-")
        rows.sort(key=lambda c: (c.get(key) is None, str(c.get(key))), reverse=order_by.startswith("-"))
    return {"items": rows[(page - 1) * size:page * size], "total": len(rows), "page": page, "size": size,
            "pages": ceil(len(rows) / size)}


@router.post("/calls/", response_model=Call, status_code=201, tags=["calls"])
def create_call(body: CallCreate, _=Security(get_current_user, scopes=["calls:write"])):
    cid = secrets.token_hex(12)
    CALLS[cid] = {**body.dict(), "id": cid, "created_at": datetime.now(timezone.utc),
                  "updated_at": datetime.now(timezone.utc)}
    return CALLS[cid]


@router.get("/calls/{call_id}", response_model=Call, tags=["calls"])
def get_call(call_id: str = Path(..., regex=HEX_ID), _=Security(get_current_user, scopes=["calls:read"])):
    return _found(CALLS, call_id, "Call")


@router.patch("/calls/{call_id}", response_model=Call, tags=["calls"])
def update_call(body: CallUpdate, call_id: str = Path(..., regex=HEX_ID),
                _=Security(get_current_user, scopes=["calls:write"])):
    call = _found(CALLS, call_id, "Call")
    call.update(body.dict(exclude_unset=True), updated_at=datetime.now(timezone.utc))
    return call


@router.delete("/calls/{call_id}", status_code=204, response_class=Response, tags=["calls"])
def delete_call(call_id: str = Path(..., regex=HEX_ID), _=Security(get_current_user, scopes=["calls:write"])):
    del CALLS[_found(CALLS, call_id, "Call")["id"]]
    return Response(status_code=204)


@router.post("/calls/{call_id}/transfer", response_model=Call, tags=["calls"])
def transfer_call(body: CallTransfer, call_id: str = Path(..., regex=HEX_ID),
                  _=Security(get_current_user, scopes=["calls:write"])):
    call = _found(CALLS, call_id, "Call")
    _found(USERS, body.agent_id, "Agent")
    call.update(agent_id=body.agent_id, status="transferred", updated_at=datetime.now(timezone.utc))
    return call


@router.post("/calls/{call_id}/close", response_model=Call, tags=["calls"])
def close_call(body: CallClose, call_id: str = Path(..., regex=HEX_ID),
               _=Security(get_current_user, scopes=["calls:write"])):
    call = _found(CALLS, call_id, "Call")
    now = datetime.now(timezone.utc)
    call.update(status="completed", ended_at=now, notes=body.notes or call.get("notes"), updated_at=now,
                duration_s=int((now - call["started_at"]).total_seconds()))
    return call


@router.get("/users/", response_model=List[UserRead], tags=["users"])
def list_users(skip: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=500),
               _=Security(get_current_user, scopes=["users:read"])):
    return list(USERS.values())[skip:skip + limit]


@router.post("/users/", response_model=UserRead, status_code=201, tags=["users"])
def create_user(body: UserCreate, _=Security(get_current_user, scopes=["users:admin"])):
    if body.username in PASSWORDS:
        raise HTTPException(409, "Username taken")
    user = _add_user(body.username, body.email, body.scopes, body.is_active)
    user["full_name"], PASSWORDS[body.username] = body.full_name, body.password
    return user


@router.get("/users/me", response_model=UserRead, tags=["users"])
def read_me(user: dict = Security(get_current_user)):
    return user


@router.get("/users/{user_id}", response_model=UserRead, tags=["users"])
def get_user(user_id: int, _=Security(get_current_user, scopes=["users:read"])):
    return _found(USERS, user_id, "User")


@router.put("/users/{user_id}", response_model=UserRead, tags=["users"])
def replace_user(user_id: int, body: UserUpdate, _=Security(get_current_user, scopes=["users:admin"])):
    user = _found(USERS, user_id, "User")
    user.update(body.dict())
    return user


@router.delete("/users/{user_id}", status_code=204, response_class=Response, tags=["users"])
def delete_user(user_id: int, _=Security(get_current_user, scopes=["users:admin"])):
    del USERS[_found(USERS, user_id, "User")["id"]]
    return Response(status_code=204)


@router.post("/users/{user_id}/reset-password", response_model=UserRead, tags=["users"])
def reset_password(user_id: int, body: PasswordReset, _=Security(get_current_user, scopes=["users:admin"])):
    user = _found(USERS, user_id, "User")
    PASSWORDS[user["username"]] = body.new_password
    return user


@router.get("/queues", response_model=QueueList, tags=["queues"])
def list_queues(skip: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=500),
                _=Security(get_current_user, scopes=["calls:read"])):
    return {"data": list(QUEUES.values())[skip:skip + limit], "count": len(QUEUES)}


@router.get("/queues/{name}", response_model=Queue, tags=["queues"])
def get_queue(name: str, _=Security(get_current_user, scopes=["calls:read"])):
    return _found(QUEUES, name, "Queue")


app = FastAPI(title="Switchboard test backend", version="1.0.0",
              description="A call-centre API used by Switchboard's tests.")
app.include_router(router)
