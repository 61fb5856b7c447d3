"""``/api/v1/teams/``: a small resource, listed as a bare array; PUT replaces a whole team."""
from typing import List, Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Response, Security

import auth
import config
from db import Database, get_db
from errors import invalid
from models import Team, TeamCreate, TeamUpdate

router = APIRouter(prefix=f"{config.API_PREFIX}/teams", tags=["teams"])

READ = Security(auth.current_user, scopes=["users:read"])
ADMIN = Security(auth.current_user, scopes=["users:admin"])


def _load(db_or_tx, team_id: int) -> dict:
    row = db_or_tx.one("SELECT id, name, description FROM teams WHERE id = ?", [team_id])
    if row is None:
        raise HTTPException(404, "Team not found")
    members = db_or_tx.all("SELECT user_id FROM team_members WHERE team_id = ? ORDER BY position", [team_id])
    return {**dict(row), "member_ids": [m["user_id"] for m in members]}


def _save(tx, team_id: Optional[int], body: TeamCreate) -> dict:
    """Inserts (``team_id`` None) or replaces a team and its members, inside the caller's transaction."""
    unknown = [(("body", "member_ids", index), f"user {user_id} does not exist")
               for index, user_id in enumerate(body.member_ids)
               if tx.one("SELECT 1 FROM users WHERE id = ?", [user_id]) is None]
    if unknown:
        raise invalid(*unknown)
    if tx.one("SELECT 1 FROM teams WHERE name = ? AND id IS NOT ?", [body.name, team_id]):
        raise HTTPException(409, "Team name already taken")
    if team_id is None:
        team_id = tx.execute("INSERT INTO teams (name, description) VALUES (?, ?)",
                             [body.name, body.description]).lastrowid
    else:
        tx.execute("UPDATE teams SET name = ?, description = ? WHERE id = ?", [body.name, body.description, team_id])
        tx.execute("DELETE FROM team_members WHERE team_id = ?", [team_id])
    members = list(dict.fromkeys(body.member_ids))  # each user once, in the order given
    tx.executemany("INSERT INTO team_members (team_id, user_id, position) VALUES (?, ?, ?)",
                   [(team_id, user_id, position) for position, user_id in enumerate(members)])
    return _load(tx, team_id)


@router.get("/", response_model=List[Team], summary="List teams", dependencies=[READ])
def list_teams(skip: int = Query(0, ge=0, description="Teams to skip"),
               limit: int = Query(100, ge=1, le=1000, description="Most teams to return"),
               db: Database = Depends(get_db)):
    with db.read() as tx:
        count = tx.scalar("SELECT COUNT(*) FROM teams")
        rows = [] if skip >= count else tx.all("SELECT id FROM teams ORDER BY id LIMIT ? OFFSET ?", [limit, skip])
        return [_load(tx, row["id"]) for row in rows]


@router.post("/", response_model=Team, status_code=201, summary="Create a team", dependencies=[ADMIN])
def create_team(body: TeamCreate, db: Database = Depends(get_db)):
    with db.write() as tx:
        return _save(tx, None, body)


@router.get("/{team_id}", response_model=Team, summary="Read a team", dependencies=[READ])
def read_team(team_id: int, db: Database = Depends(get_db)):
    with db.read() as tx:
        return _load(tx, team_id)


@router.put("/{team_id}", response_model=Team, summary="Replace a team", dependencies=[ADMIN])
def replace_team(team_id: int, body: TeamUpdate, db: Database = Depends(get_db)):
    with db.write() as tx:
        _load(tx, team_id)
        return _save(tx, team_id, body)


@router.delete("/{team_id}", status_code=204, response_class=Response, summary="Delete a team",
               dependencies=[ADMIN])
def delete_team(team_id: int, db: Database = Depends(get_db)):
    with db.write() as tx:
        if tx.execute("DELETE FROM teams WHERE id = ?", [team_id]).rowcount == 0:
            raise HTTPException(404, "Team not found")
    return Response(status_code=204)
