"""A call's history: one ``call_events`` row for each write through the API, and the sentences that describe them.

Seeded calls have no rows (thousands of them would slow the first start for nothing): :func:`history` ends every
call's history with a ``created`` event at its ``created_at``, by nobody, when none was stored. The sentences are
the ones the embedded demo backend writes, so both backends tell the same story.
"""
from datetime import datetime
from typing import List, Optional

from db import from_db_time, to_db_time


def record(tx, call_id: str, event: str, actor_id: Optional[int], summary: str, at: datetime) -> None:
    tx.execute("INSERT INTO call_events (call_id, at, event, actor_id, summary) VALUES (?, ?, ?, ?, ?)",
               [call_id, to_db_time(at), event, actor_id, summary])


def created(tx, call_id: str, actor_id: int, at: datetime) -> None:
    record(tx, call_id, "created", actor_id, "Created", at)


def updated(tx, call_id: str, actor_id: int, fields: List[str], at: datetime) -> None:
    """Writes "Changed status, notes": the fields a PATCH sent, by field name, in the order the body had them."""
    record(tx, call_id, "updated", actor_id, f"Changed {', '.join(fields)}", at)


def transferred(tx, call_id: str, actor_id: int, agent_name: str, reason: Optional[str], at: datetime) -> None:
    """Writes "Transferred to Sam Lee (reason: ...)", the reason only when one was given."""
    suffix = "" if reason is None else f" (reason: {reason})"
    record(tx, call_id, "transferred", actor_id, f"Transferred to {agent_name}{suffix}", at)


def closed(tx, call_id: str, actor_id: int, outcome: str, at: datetime) -> None:
    """Writes "Closed: resolved", with the outcome as the API spells it."""
    record(tx, call_id, "closed", actor_id, f"Closed: {outcome}", at)


def history(db_or_tx, call: dict) -> List[dict]:
    """Newest first, in the order the events were written (by row id: a clock set back cannot reorder them)."""
    rows = db_or_tx.all("SELECT at, event, actor_id, summary FROM call_events WHERE call_id = ? ORDER BY id DESC",
                        [call["id"]])
    events = [{**dict(row), "at": from_db_time(row["at"])} for row in rows]
    if not any(event["event"] == "created" for event in events):
        events.append({"at": call["created_at"], "event": "created", "actor_id": None, "summary": "Created"})
    return events
