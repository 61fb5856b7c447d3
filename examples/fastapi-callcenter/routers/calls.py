"""``/api/v1/calls/``: list (paged, filtered, sorted), create, read, update, delete, transfer, close, close stale,
and each call's history (every write here appends to it, in the same transaction)."""
import math
import secrets
from datetime import datetime, timedelta
from typing import List, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response, Security

import auth
import config
import history
from db import Database, dumps, from_db_time, get_db, loads, now, to_db_time
from errors import invalid
from models import (HEX_ID, Call, CallClose, CallCreate, CallEvent, CallStatus, CallTransfer, CallUpdate, CloseStale,
                    CloseStaleResult, Direction, Outcome, PageCall)

router = APIRouter(prefix=f"{config.API_PREFIX}/calls", tags=["calls"])

READ = Security(auth.current_user, scopes=["calls:read"])
WRITE = Security(auth.current_user, scopes=["calls:write"])
CALL_ID = Path(..., regex=HEX_ID, description="24 hex digits")

#: ``order_by`` fields and their columns: the only names that ever reach the SQL text.
SORTABLE = {name: name for name in
            ["started_at", "ended_at", "duration_s", "status", "queue", "caller_number", "satisfaction", "created_at"]}
COLUMNS = ["id", "direction", "caller_number", "agent_id", "queue", "status", "started_at", "ended_at",
           "duration_s", "notes", "tags", "recording_url", "satisfaction", "created_at", "updated_at"]
TIMES = {"started_at", "ended_at", "created_at", "updated_at"}
#: Every answer's calls with their ``agent_name``, looked up on users by primary key when read (never stored, so a
#: renamed agent shows at once): the full name, or the username when there is none; NULL without an agent, or when
#: that user was deleted (calls keep the id). Only ``calls`` is in FROM, so filters and ORDER BY stay unqualified.
SELECT_CALLS = (f"SELECT {', '.join(COLUMNS)}, (SELECT coalesce(users.full_name, users.username) FROM users"
                " WHERE users.id = calls.agent_id) AS agent_name FROM calls")


def new_call_id() -> str:
    """A MongoDB ObjectId's shape: 4 bytes of Unix time, then 8 random bytes, in lowercase hex."""
    return f"{int(now().timestamp()):08x}{secrets.randbits(64):016x}"


def _to_call(row) -> dict:
    call = dict(row)
    call["tags"] = loads(call["tags"])
    for name in TIMES:
        call[name] = from_db_time(call[name])
    return call


def _column_value(name: str, value):
    if name in TIMES:
        return to_db_time(value)
    if name == "tags":
        return dumps(value)
    if name == "recording_url" and value is not None:
        return str(value)
    return value.value if hasattr(value, "value") else value


def _load(db_or_tx, call_id: str) -> dict:
    row = db_or_tx.one(f"{SELECT_CALLS} WHERE id = ?", [call_id])
    if row is None:
        raise HTTPException(404, "Call not found")
    return _to_call(row)


def _order_by(order_by: Optional[str]) -> str:
    terms, problems = [], []
    for item in (order_by or "-started_at").split(","):
        term = item.strip()
        descending = term.startswith("-")
        name = term[1:] if descending else term
        if name not in SORTABLE:
            problems.append(name)
        else:
            terms.append(f"{SORTABLE[name]} {'DESC' if descending else 'ASC'}")
    if problems:
        raise invalid((("query", "order_by"), f"unknown sort field {', '.join(repr(p) for p in problems)};"
                                                f" allowed: {', '.join(SORTABLE)}, each optionally prefixed by '-'"))
    return ", ".join(terms + ["id ASC"])  # id last, so equal values page in a stable order


def _statuses(status__in: str) -> List[str]:
    values = [v.strip() for v in status__in.split(",") if v.strip()]
    allowed = [s.value for s in CallStatus]
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise invalid((("query", "status__in"), f"unknown status {', '.join(repr(u) for u in unknown)};"
                                                  f" allowed: {', '.join(allowed)}"))
    return values


@router.get("/", response_model=PageCall, summary="List calls", dependencies=[READ])
def list_calls(
        page: int = Query(1, ge=1, description="Page number, from 1"),
        size: int = Query(50, ge=1, le=100, description="Calls per page"),
        status: Optional[CallStatus] = Query(None, description="Only calls with this status"),
        status__in: Optional[str] = Query(None, description="Only calls with one of these statuses, comma-separated"),
        direction: Optional[Direction] = None,
        agent_id: Optional[int] = Query(None, description="Only calls handled by this user"),
        queue: Optional[str] = None,
        started_at__gte: Optional[datetime] = Query(None, description="Started at or after"),
        started_at__lte: Optional[datetime] = Query(None, description="Started at or before"),
        search: Optional[str] = Query(None, description="Case-insensitive text in caller_number, queue or notes"),
        order_by: Optional[str] = Query(None, description="Comma-separated fields, '-' for descending: "
                                        + ", ".join(SORTABLE) + " (default -started_at)"),
        db: Database = Depends(get_db)):
    where, params = [], []
    if status is not None:
        where.append("status = ?")
        params.append(status.value)
    if status__in is not None:
        values = _statuses(status__in)
        if values:
            where.append(f"status IN ({', '.join('?' * len(values))})")
            params += values
    if direction is not None:
        where.append("direction = ?")
        params.append(direction.value)
    if agent_id is not None:
        where.append("agent_id = ?")
        params.append(agent_id)
    if queue is not None:
        where.append("queue = ?")
        params.append(queue)
    if started_at__gte is not None:
        where.append("started_at >= ?")
        params.append(to_db_time(started_at__gte))
    if started_at__lte is not None:
        where.append("started_at <= ?")
        params.append(to_db_time(started_at__lte))
    if search:
        where.append("(instr(casefold(caller_number), ?) OR instr(casefold(queue), ?)"
                     " OR instr(casefold(coalesce(notes, '')), ?))")
        params += [search.casefold()] * 3
    order = _order_by(order_by)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    offset = (page - 1) * size
    with db.read() as tx:
        total = tx.scalar(f"SELECT COUNT(*) FROM calls{condition}", params)
        rows = [] if offset >= total else tx.all(
            f"{SELECT_CALLS}{condition} ORDER BY {order} LIMIT ? OFFSET ?",
            params + [size, offset])
    return PageCall(items=[_to_call(r) for r in rows], total=total, page=page, size=size,
                    pages=math.ceil(total / size))


@router.post("/", response_model=Call, status_code=201, summary="Create a call")
def create_call(body: CallCreate, db: Database = Depends(get_db), caller: auth.Principal = WRITE):
    call = body.dict()
    stamp = now()
    call.update(id=new_call_id(), created_at=stamp, updated_at=stamp)
    with db.write() as tx:
        tx.execute(f"INSERT INTO calls ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                   [_column_value(c, call[c]) for c in COLUMNS])
        history.created(tx, call["id"], caller.user_id, stamp)
        return _load(tx, call["id"])


@router.post("/close-stale", response_model=CloseStaleResult, summary="Close stale calls")
def close_stale_calls(body: CloseStale, db: Database = Depends(get_db), caller: auth.Principal = WRITE):
    """Closes every call still `ringing` or `active` that started more than `older_than_minutes` ago, with the given
    outcome; answers how many were closed."""
    stamp = now()
    before = to_db_time(stamp - timedelta(minutes=body.older_than_minutes))
    with db.write() as tx:
        stale = tx.all(f"SELECT {', '.join(COLUMNS)} FROM calls WHERE status IN ('ringing', 'active') "
                       "AND started_at < ?", [before])
        for row in stale:
            _update(tx, row["id"], _closing(_to_call(row), body.outcome, stamp))
            history.closed(tx, row["id"], caller.user_id, body.outcome.value, stamp)
    return {"closed": len(stale)}


def _closing(call: dict, outcome: Outcome, stamp: datetime) -> dict:
    """What closing a call changes: its status, ``ended_at`` (now) and ``duration_s`` (from the times) if empty."""
    ended = call["ended_at"] or stamp
    changes = {"status": CallStatus.missed if outcome == Outcome.no_answer else CallStatus.completed,
               "ended_at": ended}
    if call["duration_s"] is None:
        changes["duration_s"] = max(0, int((ended - call["started_at"]).total_seconds()))
    return changes


@router.get("/{call_id}", response_model=Call, summary="Read a call", dependencies=[READ])
def read_call(call_id: str = CALL_ID, db: Database = Depends(get_db)):
    return _load(db, call_id)


def _update(tx, call_id: str, changes: dict) -> dict:
    changes["updated_at"] = now()
    tx.execute(f"UPDATE calls SET {', '.join(f'{c} = ?' for c in changes)} WHERE id = ?",
               [_column_value(c, v) for c, v in changes.items()] + [call_id])
    return _load(tx, call_id)


async def _sent_order(request: Request) -> List[str]:
    """The body's keys in the order they were sent (pydantic 1 keeps a model's fields in declaration order).

    FastAPI has read the body before any dependency runs, so this parses Starlette's cached copy.
    """
    try:
        body = await request.json()
    except ValueError:  # not JSON (sent as another media type): the body's own validation answers with a 422
        return []
    return list(body) if isinstance(body, dict) else []


@router.patch("/{call_id}", response_model=Call, summary="Update a call")
def update_call(body: CallUpdate, call_id: str = CALL_ID, db: Database = Depends(get_db),
                caller: auth.Principal = WRITE, sent_order: List[str] = Depends(_sent_order)):
    """Changes only the fields sent; the history names them, in the body's order."""
    changes = body.dict(exclude_unset=True)  # only what the client sent; its keys are CallUpdate's field names
    with db.write() as tx:
        call = _load(tx, call_id)
        if not changes:
            return call
        updated = _update(tx, call_id, changes)
        history.updated(tx, call_id, caller.user_id, [name for name in sent_order if name in changes],
                        updated["updated_at"])
        return updated


@router.delete("/{call_id}", status_code=204, response_class=Response, summary="Delete a call",
               dependencies=[WRITE])
def delete_call(call_id: str = CALL_ID, db: Database = Depends(get_db)):
    """Deletes the call and its history (the events' foreign key cascades)."""
    with db.write() as tx:
        if tx.execute("DELETE FROM calls WHERE id = ?", [call_id]).rowcount == 0:
            raise HTTPException(404, "Call not found")
    return Response(status_code=204)


@router.post("/{call_id}/transfer", response_model=Call, summary="Transfer a call to another agent")
def transfer_call(body: CallTransfer, call_id: str = CALL_ID, db: Database = Depends(get_db),
                  caller: auth.Principal = WRITE):
    """Hands the call to ``agent_id`` (an existing user, not the one who has it) and marks it ``transferred``."""
    with db.write() as tx:
        call = _load(tx, call_id)
        agent = tx.one("SELECT username, full_name FROM users WHERE id = ?", [body.agent_id])
        if agent is None:
            raise invalid((("body", "agent_id"), f"user {body.agent_id} does not exist"))
        if call["agent_id"] == body.agent_id:
            raise invalid((("body", "agent_id"), f"the call is already with this agent (user {body.agent_id})"))
        updated = _update(tx, call_id, {"agent_id": body.agent_id, "status": CallStatus.transferred})
        history.transferred(tx, call_id, caller.user_id, agent["full_name"] or agent["username"], body.reason,
                            updated["updated_at"])
        return updated


@router.post("/{call_id}/close", response_model=Call, summary="Close a call")
def close_call(body: CallClose, call_id: str = CALL_ID, db: Database = Depends(get_db),
               caller: auth.Principal = WRITE):
    """Marks the call ``completed`` (``missed`` for ``no_answer``), fills ``ended_at`` (now) and ``duration_s``
    (from the times) when they are empty, and replaces the notes when new ones are given."""
    stamp = now()
    with db.write() as tx:
        changes = _closing(_load(tx, call_id), body.outcome, stamp)
        if body.notes is not None:
            changes["notes"] = body.notes
        updated = _update(tx, call_id, changes)
        history.closed(tx, call_id, caller.user_id, body.outcome.value, stamp)
        return updated


@router.get("/{call_id}/history", response_model=List[CallEvent], summary="Read a call's history",
            dependencies=[READ])
def get_call_history(call_id: str = CALL_ID, db: Database = Depends(get_db)):
    """What was done to the call, newest first. The last entry is always its `created` event (by nobody for
    seeded calls)."""
    with db.read() as tx:
        return history.history(tx, _load(tx, call_id))
