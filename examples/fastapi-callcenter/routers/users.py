"""``/api/v1/users/``: list (skip/limit, ``{data, count}``), create, me (and its password), read, update, delete,
reset-password."""
from typing import Optional

from fastapi import APIRouter, Depends, HTTPException, Query, Response, Security

import auth
import config
from db import Database, dumps, from_db_time, get_db, loads, now, to_db_time
from errors import invalid
from models import PasswordChange, PasswordReset, Role, UserCreate, UserRead, UserUpdate, UsersPublic

router = APIRouter(prefix=f"{config.API_PREFIX}/users", tags=["users"])

READ = Security(auth.current_user, scopes=["users:read"])
ADMIN = Security(auth.current_user, scopes=["users:admin"])
COLUMNS = "id, username, full_name, email, is_active, role, scopes, created_at"


def _to_user(row) -> dict:
    user = dict(row)
    user["is_active"] = bool(user["is_active"])
    user["scopes"] = loads(user["scopes"])
    user["created_at"] = from_db_time(user["created_at"])
    return user


def load_user(db_or_tx, user_id: int) -> dict:
    row = db_or_tx.one(f"SELECT {COLUMNS} FROM users WHERE id = ?", [user_id])
    if row is None:
        raise HTTPException(404, "User not found")
    return _to_user(row)


@router.get("/", response_model=UsersPublic, summary="List users", dependencies=[READ])
def list_users(skip: int = Query(0, ge=0, description="Users to skip"),
               limit: int = Query(100, ge=1, le=1000, description="Most users to return"),
               is_active: Optional[bool] = None,
               role: Optional[Role] = None,
               q: Optional[str] = Query(None, description="Case-insensitive text in username, full_name or email"),
               db: Database = Depends(get_db)):
    where, params = [], []
    if is_active is not None:
        where.append("is_active = ?")
        params.append(int(is_active))
    if role is not None:
        where.append("role = ?")
        params.append(role.value)
    if q:
        where.append("(instr(casefold(username), ?) OR instr(casefold(coalesce(full_name, '')), ?)"
                     " OR instr(casefold(email), ?))")
        params += [q.casefold()] * 3
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    with db.read() as tx:
        count = tx.scalar(f"SELECT COUNT(*) FROM users{condition}", params)
        rows = [] if skip >= count else tx.all(
            f"SELECT {COLUMNS} FROM users{condition} ORDER BY id LIMIT ? OFFSET ?", params + [limit, skip])
    return UsersPublic(data=[_to_user(r) for r in rows], count=count)


@router.post("/", response_model=UserRead, status_code=201, summary="Create a user", dependencies=[ADMIN])
def create_user(body: UserCreate, db: Database = Depends(get_db)):
    password_hash = auth.hash_password(body.password)  # slow on purpose: outside the lock
    with db.write() as tx:
        if tx.one("SELECT 1 FROM users WHERE username = ?", [body.username]):
            raise HTTPException(409, "Username already taken")
        user_id = tx.execute(
            "INSERT INTO users (username, full_name, email, is_active, role, scopes, password_hash, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [body.username, body.full_name, body.email, int(body.is_active), body.role.value,
             dumps(auth.ordered_scopes([s.value for s in body.scopes])), password_hash, to_db_time(now())]).lastrowid
        return load_user(tx, user_id)


@router.get("/me", response_model=UserRead, summary="The user the token belongs to")
def read_me(me: auth.Principal = Security(auth.current_user), db: Database = Depends(get_db)):
    return load_user(db, me.user_id)


# Before the /{user_id} routes, as /me is: routes match in the order they are declared.
@router.post("/me/password", status_code=204, response_class=Response, summary="Change your own password")
def change_own_password(body: PasswordChange, me: auth.Principal = Security(auth.current_user),
                        db: Database = Depends(get_db)):
    """Change the caller's own password; the current one must be given. The caller's tokens stay valid."""
    stored = db.scalar("SELECT password_hash FROM users WHERE id = ?", [me.user_id]) or auth.UNUSABLE_PASSWORD
    if not auth.verify_password(body.current_password, stored):
        # pydantic 1's FastAPI writes no "input" in its 422s, so neither does this one.
        raise invalid((("body", "current_password"), "Current password is not correct"))
    password_hash = auth.hash_password(body.new_password)  # slow on purpose: outside the lock
    with db.write() as tx:
        tx.execute("UPDATE users SET password_hash = ? WHERE id = ?", [password_hash, me.user_id])
    return Response(status_code=204)


@router.get("/{user_id}", response_model=UserRead, summary="Read a user", dependencies=[READ])
def read_user(user_id: int, db: Database = Depends(get_db)):
    return load_user(db, user_id)


@router.patch("/{user_id}", response_model=UserRead, summary="Update a user", dependencies=[ADMIN])
def update_user(user_id: int, body: UserUpdate, db: Database = Depends(get_db)):
    changes = body.dict(exclude_unset=True)  # keys are UserUpdate's field names, never the client's
    if "role" in changes:
        changes["role"] = changes["role"].value
    if "scopes" in changes:
        changes["scopes"] = dumps(auth.ordered_scopes([s.value for s in changes["scopes"]]))
    if "is_active" in changes:
        changes["is_active"] = int(changes["is_active"])
    with db.write() as tx:
        load_user(tx, user_id)
        if changes:
            tx.execute(f"UPDATE users SET {', '.join(f'{c} = ?' for c in changes)} WHERE id = ?",
                       list(changes.values()) + [user_id])
        return load_user(tx, user_id)


@router.delete("/{user_id}", status_code=204, response_class=Response, summary="Delete a user",
               dependencies=[ADMIN])
def delete_user(user_id: int, db: Database = Depends(get_db)):
    """Removes the user, their tokens and their team memberships. Calls keep their ``agent_id``."""
    with db.write() as tx:
        if tx.execute("DELETE FROM users WHERE id = ?", [user_id]).rowcount == 0:
            raise HTTPException(404, "User not found")
    return Response(status_code=204)


@router.post("/{user_id}/reset-password", status_code=204, response_class=Response,
             summary="Set a new password", dependencies=[ADMIN])
def reset_password(user_id: int, body: PasswordReset, db: Database = Depends(get_db)):
    """Sets the password and ends the user's sessions (their tokens stop working)."""
    password_hash = auth.hash_password(body.new_password)
    with db.write() as tx:
        load_user(tx, user_id)
        tx.execute("UPDATE users SET password_hash = ? WHERE id = ?", [password_hash, user_id])
        auth.revoke_tokens(tx, user_id)
    return Response(status_code=204)
