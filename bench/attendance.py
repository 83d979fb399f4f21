"""Match a 1,000-participant Zoom report (3,000 connection rows) against a
meeting of 300 invitees and a 10,000-person directory (target ≤ 1 s).

The report mixes what a real rakor gives: invitees by e-mail, invitees by a
display name with their office in front, directory people under their
titles, e-mails the directory learned earlier, people no one knows, phones
and devices. Timed: reading the file and matching every entry (the store's
reads included), i.e. all the command line does before it writes. Prints the
figures; asserts nothing.

    python3 bench/attendance.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import model  # noqa: E402
from core.attendance import apply, readers  # noqa: E402
from core.store import MeetingStore  # noqa: E402
from core.synthetic import _FIRST, _LAST, _OFFICES  # noqa: E402

SYLLABLES = ("ra", "di", "ma", "su", "to", "ni", "ka", "wa", "lu", "se", "pu", "ri", "an", "da")
TITLES = ("", "", "Dr. ", "Ir. ", "H. ", "Hj. ", "Drs. ")
DEGREES = ("", "", ", S.E.", ", S.H.", ", M.Si.", ", S.T., M.T.", ", S.Sos.", ", M.M.")


def unique_names(rng: random.Random, n: int) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        middle = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        names.add(f"{rng.choice(_FIRST)} {middle} {rng.choice(_LAST)}")
    return sorted(names)


def build(path: Path, rng: random.Random) -> tuple[MeetingStore, int, list[tuple[str, str]]]:
    """The archive, the meeting, and the 1,000 report participants (display name, e-mail)."""
    store = MeetingStore.open(path)
    names = unique_names(rng, 11_000)
    directory, strangers = names[:10_000], names[10_000:]
    with store.atomic():
        for name in directory:
            store.add_person(model.Person(name=f"{rng.choice(TITLES)}{name}{rng.choice(DEGREES)}"))
    people = store.list_people()
    rng.shuffle(people)
    invitees = people[:300]
    meeting = model.Meeting(title="Rakor", date="2026-03-02")
    meeting.attendees = [store.attendee_from_person(p) for p in invitees]
    for n, a in enumerate(meeting.attendees):
        a.id = n + 1
        if n % 2 == 0:
            a.email = f"invitee{n}@example.go.id"
    meeting_id = store.add_meeting(meeting).meeting_id
    learned = {f"learned{n}@gmail.com": p.id for n, p in enumerate(people[300:450])}
    store.learn_emails(learned)
    plain = lambda p: p.name.split(",")[0].replace("Dr. ", "").replace("Ir. ", "")  # noqa: E731
    participants: list[tuple[str, str]] = []
    for n, a in enumerate(meeting.attendees):
        if n % 2 == 0:
            participants.append((f"{a.name.split(',')[0]}", a.email or ""))
        else:
            participants.append((f"{rng.choice(_OFFICES)} - {plain(a)}", ""))
    participants += [(f"HP {n}", e) for n, e in enumerate(learned)]
    participants += [(plain(p), "") for p in people[450:900]]
    participants += [(f"Dinas Sosial - {s}", "") for s in strangers[:70]]
    participants += [(f"iPhone {n}", "") for n in range(15)]
    participants += [(f"+62 812 {n:04d} 5678", "") for n in range(15)]
    return store, meeting_id, participants[:1000]


def report_file(path: Path, participants: list[tuple[str, str]], rng: random.Random) -> int:
    """A Zoom per-connection export: three connections per person, some overlapping."""
    lines = ["Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest"]
    for name, email in participants:
        start = 9 * 60 + rng.randrange(30)
        for _ in range(3):
            end = start + rng.randrange(5, 60)
            stamp = lambda m: f"03/02/2026 {m // 60 % 12 or 12:02d}:{m % 60:02d}:00 AM"  # noqa: E731
            lines.append(f'"{name}",{email},{stamp(start)},{stamp(end)},{end - start},No')
            start = end - rng.randrange(0, 10)
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n")
    return len(lines) - 1


def main() -> None:
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as folder:
        store, meeting_id, participants = build(Path(folder) / "a.db", rng)
        rows = report_file(Path(folder) / "report.csv", participants, rng)
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            report = readers.read_report(Path(folder) / "report.csv")
            t1 = time.perf_counter()
            plan = apply.plan_report(store, meeting_id, report)
            t2 = time.perf_counter()
            best = min(best, t2 - t0)
            read, matched = t1 - t0, t2 - t1
        statuses: dict[str, int] = {}
        for p in plan.proposals:
            statuses[p.status] = statuses.get(p.status, 0) + 1
        t0 = time.perf_counter()
        apply.apply_plan(store, plan)
        stored = time.perf_counter() - t0
        store.close()
    print(f"report: {len(report.entries)} participants, {rows} connection rows; directory 10,000")
    print(f"read {read:.3f} s, matched {matched:.3f} s, best total {best:.3f} s (target <= 1 s)")
    print(f"outcome: {statuses}; applied in {stored:.3f} s")


if __name__ == "__main__":
    main()
