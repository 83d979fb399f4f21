"""A checked ``notula.meeting`` file as a Meeting, and a Meeting as a file.

The file links statements to speakers and agenda items by refs; the model
links them by ids. Import turns refs into local ids (1, 2, …) that the store
remaps; export writes the refs the file was imported with (making up unique
ones where a meeting has none), so export → import → export is identical.
"""

from __future__ import annotations

import json
from typing import Any

from core import model
from core.exchange_check import ATTENDEE_FIELDS, FORMAT, MEETING_FIELDS, VERSION


def meeting_from_dict(data: dict[str, Any]) -> model.Meeting:
    """A validated file as a Meeting whose ids are local keys (1, 2, …)."""
    m = data["meeting"]
    agenda_ids = {a["ref"]: i for i, a in enumerate(m.get("agenda", []), start=1)}
    people_ids = {a["ref"]: i for i, a in enumerate(m.get("attendees", []), start=1)}
    meeting = model.Meeting(
        **{k: m.get(k) for k in MEETING_FIELDS if k not in ("chair", "note_taker")},
        chair_id=people_ids.get(m.get("chair")),
        note_taker_id=people_ids.get(m.get("note_taker")),
    )
    meeting.agenda = [
        model.AgendaItem(
            title=a["title"], notes=a.get("notes"), ref=a["ref"], id=agenda_ids[a["ref"]]
        )
        for a in m.get("agenda", [])
    ]
    meeting.attendees = [
        model.Attendee(**{k: a.get(k) for k in ATTENDEE_FIELDS}, id=people_ids[a["ref"]])
        for a in m.get("attendees", [])
    ]
    meeting.statements = [
        model.Statement(
            text=s["text"],
            speaker_id=people_ids[s["speaker"]],
            at=s.get("at"),
            agenda_id=agenda_ids.get(s.get("agenda")),
            kind=s.get("kind"),
        )
        for s in m.get("statements", [])
    ]
    meeting.decisions = [
        model.Decision(text=d["text"], agenda_id=agenda_ids.get(d.get("agenda")))
        for d in m.get("decisions", [])
    ]
    meeting.actions = [
        model.Action(text=a["text"], owner=a.get("owner"), due=a.get("due"), done=a.get("done"))
        for a in m.get("actions", [])
    ]
    return meeting


def _unique_refs(items: list[Any], prefix: str, taken: set[str]) -> dict[int | None, str]:
    refs: dict[int | None, str] = {}
    for n, item in enumerate(items, start=1):
        ref = item.ref if item.ref and item.ref not in taken else None
        if ref is None:
            ref, k = f"{prefix}{n}", n
            while ref in taken:
                k += 1
                ref = f"{prefix}{k}"
        taken.add(ref)
        refs[item.id] = ref
    return refs


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


def meeting_to_dict(meeting: model.Meeting) -> dict[str, Any]:
    taken: set[str] = set()
    agenda_refs = _unique_refs(meeting.agenda, "ag", taken)
    people_refs = _unique_refs(meeting.attendees, "p", taken)
    m: dict[str, Any] = {}
    for k in MEETING_FIELDS:
        if k == "chair":
            m[k] = people_refs.get(meeting.chair_id)
        elif k == "note_taker":
            m[k] = people_refs.get(meeting.note_taker_id)
        else:
            m[k] = getattr(meeting, k)
    m = _drop_none(m)
    if meeting.start_time and meeting.end_time is None:
        m["end_time"] = None
    m["agenda"] = [
        _drop_none({"ref": agenda_refs[a.id], "title": a.title, "notes": a.notes})
        for a in meeting.agenda
    ]
    m["attendees"] = [
        _drop_none(
            {k: (people_refs[a.id] if k == "ref" else getattr(a, k)) for k in ATTENDEE_FIELDS}
        )
        for a in meeting.attendees
    ]
    m["statements"] = [
        _drop_none(
            {
                "speaker": people_refs[s.speaker_id],
                "agenda": agenda_refs.get(s.agenda_id),
                "at": s.at,
                "kind": s.kind,
                "text": s.text,
            }
        )
        for s in meeting.statements
    ]
    m["decisions"] = [
        _drop_none({"agenda": agenda_refs.get(d.agenda_id), "text": d.text})
        for d in meeting.decisions
    ]
    m["actions"] = [
        _drop_none({"text": a.text, "owner": a.owner, "due": a.due, "done": a.done})
        for a in meeting.actions
    ]
    return {"format": FORMAT, "version": VERSION, "meeting": m}


def dumps(meeting: model.Meeting) -> str:
    return json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=1) + "\n"
