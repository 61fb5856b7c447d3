"""``/api/v1/roles/``: the roles and the scopes each implies (``auth.ROLES``), for any signed-in user."""
from typing import List

from fastapi import APIRouter, Security

import auth
import config
from models import RoleRead

router = APIRouter(prefix=f"{config.API_PREFIX}/roles", tags=["roles"])


@router.get("/", response_model=List[RoleRead], summary="List roles", dependencies=[Security(auth.current_user)])
def list_roles():
    """The roles, and the scopes each one implies."""
    return [RoleRead(name=name, description=description, scopes=scopes)
            for name, (description, scopes) in auth.ROLES.items()]
