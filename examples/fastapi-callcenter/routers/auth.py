"""``POST /api/v1/auth/token``: the OAuth2 password flow."""
from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm

import auth
import config
from db import Database, get_db, loads
from models import Token

router = APIRouter(prefix=f"{config.API_PREFIX}/auth", tags=["auth"])


@router.post("/token", response_model=Token, summary="Log in")
def login(form: OAuth2PasswordRequestForm = Depends(), db: Database = Depends(get_db)):
    """Form fields ``username``, ``password`` and optionally ``scope`` (space-separated). The token carries the
    requested scopes the user has; without ``scope``, all of them."""
    user = db.one("SELECT id, is_active, scopes, password_hash FROM users WHERE username = ?", [form.username])
    if not auth.verify_password(form.password, user["password_hash"] if user else auth.UNUSABLE_PASSWORD):
        raise HTTPException(400, "Incorrect username or password")
    if not user["is_active"]:
        raise HTTPException(400, "Inactive user")
    has = loads(user["scopes"])
    granted = auth.ordered_scopes([s for s in form.scopes if s in has] if form.scopes else has)
    token = auth.issue_token(db, user["id"], granted)
    return Token(access_token=token, token_type="bearer", expires_in=auth.token_seconds(), scope=" ".join(granted))
