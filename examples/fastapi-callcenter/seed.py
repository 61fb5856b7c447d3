"""First-start data: the three seed users, 57 more people, 8 teams and 2,000 calls over the last 90 days.

The seed users keep the scopes written here; the 57 others get the scopes of their role (``auth.ROLES``).

A fixed random seed makes the counts the same on every machine (only the times move with the clock): 60 users
(4 inactive), 8 teams, 2,000 calls, of which the last hour holds the only ringing and active ones.
"""
import math
import random
from datetime import datetime, timedelta
from typing import List

import auth
from db import Database, dumps, now, to_db_time

RANDOM_SEED = 20240501
CALL_COUNT = 2000
RECENT_CALLS = 12  # calls in the last hour: the only ones still ringing or active

SEED_USERS = [  # username, password, full name, role, scopes
    ("admin", "switchboard-admin", "Ada Admin", "admin", list(auth.SCOPES)),
    ("agent", "switchboard-agent", "Alex Agent", "agent", ["calls:read", "calls:write", "users:read"]),
    ("viewer", "switchboard-viewer", "Vic Viewer", "agent", ["calls:read"]),
]

FIRST = ["Maria", "James", "Aisha", "Wei", "Lucas", "Sofia", "Omar", "Emma", "Ivan", "Chloe", "Mateo", "Nina",
         "Kenji", "Fatima", "Liam", "Zoe", "Ravi", "Olga", "Diego", "Hannah", "Tariq", "Mia", "Jonas", "Priya"]
LAST = ["Garcia", "Smith", "Khan", "Chen", "Martin", "Rossi", "Haddad", "Brown", "Petrov", "Dubois", "Lopez",
        "Novak", "Tanaka", "Ali", "Murphy", "Weber", "Patel", "Ivanova", "Silva", "Fischer", "Okafor", "Berg"]
TEAMS = [("Support Tier 1", "First line for support calls"), ("Support Tier 2", "Escalations from tier 1"),
         ("Sales", "Inbound sales and upgrades"), ("Billing", "Invoices, refunds and payment plans"),
         ("VIP Desk", "Named accounts with a priority line"), ("Technical", None),
         ("Outbound", "Callbacks and campaigns"), ("Night Shift", "Covers 20:00-08:00 UTC")]
QUEUES = [("support", 35), ("technical", 20), ("sales", 20), ("billing", 15), ("vip", 10)]
TAGS = ["callback", "complaint", "refund", "new-customer", "upsell", "escalation", "password-reset", "outage",
        "feedback", "churn-risk"]
NOTES = ["Customer asked about invoice {n}.", "Reset the customer's password; confirmed login works.",
         "Wants a callback tomorrow morning.", "Upgrade to the business plan discussed; quote sent.",
         "Reported an outage in region {n}; ticket opened.", "Refund of {n} EUR approved.",
         "Asked to be removed from the call list.", "Delivery delayed; gave tracking number {n}.",
         "Very happy with the fix from last week.", "Escalated to tier 2: router keeps rebooting.",
         "Left a voicemail asking for the contract number.", "Card declined twice; payment plan agreed."]
PHONE_FORMATS = ["+44 20 7946 {a:04d}", "+1 (555) 01{b:1d}-{a:04d}", "+49 30 9018{a:04d}",
                 "+33 1 23 45 {c:02d} {d:02d}", "020 7946 {a:04d}", "+31 20 794 {a:04d}"]


def seed_if_empty(db: Database) -> bool:
    """Seeds an empty database; returns whether it did."""
    if db.scalar("SELECT COUNT(*) FROM users"):
        return False
    rng = random.Random(RANDOM_SEED)
    current = now().replace(microsecond=0)
    with db.write() as tx:
        users = _users(tx, rng, current)
        _teams(tx, rng, users)
        _calls(tx, rng, current, users)
    return True


def _users(tx, rng: random.Random, current: datetime) -> List[dict]:
    users = []
    for index, (username, password, full_name, role, scopes) in enumerate(SEED_USERS):
        users.append(dict(username=username, full_name=full_name, role=role, scopes=scopes, is_active=True,
                          password_hash=auth.hash_password(password),
                          created_at=current - timedelta(days=730 - index)))
    roles = ["admin"] * 3 + ["supervisor"] * 8 + ["agent"] * 46
    taken = {u["username"] for u in users}
    for index, role in enumerate(roles):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        username = f"{first}.{last}".lower()
        while username in taken:
            username = f"{first}.{last}{rng.randint(2, 99)}".lower()
        taken.add(username)
        users.append(dict(username=username, full_name=None if index % 19 == 7 else f"{first} {last}", role=role,
                          scopes=auth.ROLES[role][1], is_active=index % 14 != 13,  # 4 of the 57 left the company
                          password_hash=auth.UNUSABLE_PASSWORD,
                          created_at=current - timedelta(days=rng.randint(100, 700), minutes=rng.randint(0, 1440))))
    users[3:] = sorted(users[3:], key=lambda u: u["created_at"])
    for user_id, user in enumerate(users, start=1):
        user["id"] = user_id
    tx.executemany(
        "INSERT INTO users (id, username, full_name, email, is_active, role, scopes, password_hash, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(u["id"], u["username"], u["full_name"], f"{u['username']}@example.com", int(u["is_active"]), u["role"],
          dumps(u["scopes"]), u["password_hash"], to_db_time(u["created_at"])) for u in users])
    return users


def _teams(tx, rng: random.Random, users: List[dict]) -> None:
    agents = [u["id"] for u in users if u["role"] == "agent" and u["username"] != "viewer"]
    supervisors = [u["id"] for u in users if u["role"] == "supervisor"]
    rng.shuffle(agents)
    members = {team: [supervisors[team % len(supervisors)]] for team in range(len(TEAMS))}
    for position, agent_id in enumerate(agents):
        members[position % (len(TEAMS) - 1)].append(agent_id)  # every agent in a day team ...
        if position % 5 == 0:
            members[len(TEAMS) - 1].append(agent_id)  # ... and some also on nights
    rows, member_rows = [], []
    for team_id, (name, description) in enumerate(TEAMS, start=1):
        rows.append((team_id, name, description))
        member_rows += [(team_id, user_id, position) for position, user_id in enumerate(members[team_id - 1])]
    tx.executemany("INSERT INTO teams (id, name, description) VALUES (?, ?, ?)", rows)
    tx.executemany("INSERT INTO team_members (team_id, user_id, position) VALUES (?, ?, ?)", member_rows)


def _calls(tx, rng: random.Random, current: datetime, users: List[dict]) -> None:
    agents = [u["id"] for u in users if u["role"] in ("agent", "supervisor") and u["username"] != "viewer"]
    numbers = [rng.choice(PHONE_FORMATS).format(a=rng.randint(0, 9999), b=rng.randint(0, 9),
                                                  c=rng.randint(10, 99), d=rng.randint(10, 99))
               for _ in range(700)]  # a pool, so some people call more than once
    rows = []
    for index in range(CALL_COUNT):
        recent = index < RECENT_CALLS
        started = _start_time(rng, current, recent)
        outbound = rng.random() < 0.15
        queue = "outbound" if outbound else _weighted(rng, QUEUES)
        if recent:
            status = _weighted(rng, [("ringing", 4), ("active", 5), ("completed", 3)])
        elif outbound:
            status = _weighted(rng, [("completed", 80), ("missed", 20)])
        else:
            status = _weighted(rng, [("completed", 72), ("missed", 12), ("voicemail", 9), ("transferred", 7)])
        agent_id = duration = ended = recording = satisfaction = None
        if status in ("completed", "transferred", "active"):
            agent_id = rng.choice(agents)
        if status in ("completed", "transferred"):
            duration = max(5, round(rng.lognormvariate(math.log(240), 0.7)))
            if recent:
                duration = min(duration, int((current - started).total_seconds()))
            ended = started + timedelta(seconds=duration)
        elif status in ("missed", "voicemail"):
            ended = started + timedelta(seconds=rng.randint(15, 60 if status == "missed" else 150))
        call_id = f"{int(started.timestamp()):08x}{rng.getrandbits(64):016x}"  # ObjectId-like: time, then random
        if status == "voicemail" or (status == "completed" and rng.random() < 0.6):
            recording = f"https://recordings.example.com/{status}/{call_id}.mp3"
        if status == "completed" and rng.random() < 0.5:
            satisfaction = _weighted(rng, [(1, 5), (2, 10), (3, 20), (4, 35), (5, 30)])
        notes = rng.choice(NOTES).format(n=rng.randint(100, 9999)) if rng.random() < 0.33 else None
        tags = rng.sample(TAGS, _weighted(rng, [(0, 50), (1, 35), (2, 15)]))
        rows.append((call_id, "outbound" if outbound else "inbound", rng.choice(numbers), agent_id, queue, status,
                     to_db_time(started), to_db_time(ended), duration, notes, dumps(tags), recording, satisfaction,
                     to_db_time(started), to_db_time(ended or started)))
    tx.executemany(
        "INSERT INTO calls (id, direction, caller_number, agent_id, queue, status, started_at, ended_at, duration_s,"
        " notes, tags, recording_url, satisfaction, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _start_time(rng: random.Random, current: datetime, recent: bool) -> datetime:
    # The draws never depend on the clock, so every start makes the same statuses, queues and counts.
    if recent:
        return current - timedelta(seconds=rng.randint(30, 3600))
    day = rng.randint(0, 88)
    hour = _weighted(rng, [(h, 10 if 8 <= h < 20 else 2) for h in range(24)])  # busier in office hours (UTC)
    started = current.replace(hour=hour, minute=0, second=0) - timedelta(days=day)
    started += timedelta(seconds=rng.randint(0, 3599))
    return started if started < current - timedelta(hours=1) else started - timedelta(days=1)


def _weighted(rng: random.Random, choices):
    values, weights = zip(*choices)
    return rng.choices(values, weights)[0]
