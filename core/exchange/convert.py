"""A checked ``notula.meeting`` file as a Meeting, and a Meeting as a file.

The file links statements to speakers and agenda items by refs; the model
links them by ids. Import turns refs into local ids (1, 2, …) that the store
remaps; export writes the refs the file was imported with (making up unique
ones where a meeting has none), so export → import → export is identical.
A version 1 file lacks the fields version 2 added; export always writes
version 2.
"""

from __future__ import annotations

import base64
from typing import Any

from core import model
from core.exchange.check import ATTENDEE_FIELDS, FORMAT, MEETING_FIELDS, VERSION
from core.exchange.check_v2 import decode_attachment

#: follow-up fields as the file names them, in the order export writes them
ACTION_FIELDS = ("uid", "text", "owner", "due", "done", "done_at", "progress", "carried_from")
SIGNATORY_FIELDS = ("label", "name", "position", "rank", "nip")
REVISION_FIELDS = ("revision", "finalised_at", "fingerprint", "reopen_reason")


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
        model.Action(
            **{k: a.get(k) for k in ACTION_FIELDS}, agenda_id=agenda_ids.get(a.get("agenda"))
        )
        for a in m.get("actions", [])
    ]
    meeting.signatories = [
        model.Signatory(
            **{k: s.get(k) for k in SIGNATORY_FIELDS}, attendee_id=people_ids.get(s.get("attendee"))
        )
        for s in m.get("signatories", [])
    ]
    meeting.attachments = [
        model.Attachment(
            ref=a["ref"],
            caption=a.get("caption"),
            media_type=a["media_type"],
            data=decode_attachment(a["data"]),
        )
        for a in m.get("attachments", [])
    ]
    meeting.revisions = [
        model.Revision(**{k: r.get(k) for k in REVISION_FIELDS}) for r in m.get("revisions", [])
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
    picture_refs = _unique_refs(meeting.attachments, "img", taken)
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
        _drop_none(
            {
                **{k: getattr(a, k) for k in ACTION_FIELDS},
                "agenda": agenda_refs.get(a.agenda_id),
            }
        )
        for a in meeting.actions
    ]
    # absent, not empty, when there are none: an absent list of signatories
    # means "the note-taker and the chair"
    if meeting.signatories:
        m["signatories"] = [
            _drop_none(
                {
                    "label": s.label,
                    "attendee": people_refs.get(s.attendee_id),
                    **{k: getattr(s, k) for k in SIGNATORY_FIELDS[1:]},
                }
            )
            for s in meeting.signatories
        ]
    if meeting.attachments:
        m["attachments"] = [
            _drop_none(
                {
                    "ref": picture_refs[a.id],
                    "caption": a.caption,
                    "media_type": a.media_type,
                    "data": base64.b64encode(a.data).decode("ascii"),
                }
            )
            for a in meeting.attachments
        ]
    if meeting.revisions:
        m["revisions"] = [
            _drop_none({k: getattr(r, k) for k in REVISION_FIELDS}) for r in meeting.revisions
        ]
    return {"format": FORMAT, "version": VERSION, "meeting": m}
