"""The ``notula.meeting`` v1 exchange format: validate, import, export.

Import is all-or-nothing: the whole file is read, parsed, validated against
the schema and cross-checked (refs unique, every ref pointed at exists)
before one transaction writes it. Export writes the refs the file was
imported with, so export → import → export is byte-identical.
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from core import model
from core.errors import DuplicateMeetingError, InputError
from core.people import nip_problem

SCHEMA_PATH = Path(__file__).with_name("meeting.schema.json")
FORMAT = "notula.meeting"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024

MEETING_FIELDS = (
    "uid", "title", "kind", "number", "date", "start_time", "end_time", "timezone", "mode",
    "location", "city", "organizer", "chair", "note_taker", "opening", "closing", "status",
)  # fmt: skip
ATTENDEE_FIELDS = (
    "ref", "name", "position", "organization", "nip", "rank", "role", "present",
    "represents", "joined_at", "left_at", "contact",
)  # fmt: skip


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _json_path(path: Any) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


# ---- reading ---------------------------------------------------------------------


def load_file(path: str | os.PathLike) -> dict[str, Any]:
    """Read and parse a file, naming the file and the line of any problem."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"{p}: file is too large for a meeting ({size // 2**20} MB)")
        raw = p.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read file ({exc.strerror})") from None
    return parse_bytes(raw, str(p))


def parse_bytes(raw: bytes, name: str = "<input>") -> dict[str, Any]:
    if not raw.strip():
        raise InputError(f"{name}: file is empty")
    if b"\x00" in raw[:4096]:
        raise InputError(f"{name}: binary file, not a notula.meeting JSON file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"{name}: line {line}: text is not UTF-8") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{name}: line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"
        ) from None
    except RecursionError:
        raise InputError(f"{name}: JSON is nested too deeply") from None
    return validate(data, name)


def validate(data: Any, name: str = "<input>") -> dict[str, Any]:
    """Schema validation plus the checks a schema cannot make."""
    if not isinstance(data, dict):
        raise InputError(f"{name}: $: expected a JSON object, found {type(data).__name__}")
    if data.get("format") != FORMAT:
        raise InputError(
            f"{name}: $.format: not a notula.meeting file ({_short(data.get('format'))})"
        )
    if data.get("version") != VERSION:
        raise InputError(
            f"{name}: $.version: version {_short(data.get('version'))} is not supported "
            f"(this Notula reads version {VERSION}); update Notula"
        )
    try:
        errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    except RecursionError:
        raise InputError(f"{name}: JSON is nested too deeply") from None
    if errors:
        err = min(errors, key=lambda e: len(list(e.absolute_path)))
        err = errors[0] if not list(err.absolute_path) else err
        where = _json_path(err.absolute_path)
        raise InputError(f"{name}: {where}: {_schema_message(err)}")
    _check_refs(data["meeting"], name)
    return data


def _schema_message(err: Any) -> str:
    if err.validator == "format" and err.validator_value == "date":
        return f"impossible date {_short(err.instance)}"
    if err.validator == "additionalProperties":
        return err.message.replace("Additional properties are not allowed", "unknown field")
    if err.validator == "pattern":
        return f"{_short(err.instance)} does not have the expected form"
    if err.validator in ("anyOf", "oneOf"):
        return f"{_short(err.instance)} is not valid here"
    message = err.message
    return message if len(message) <= 160 else message[:157] + "…"


def _check_refs(meeting: dict[str, Any], name: str) -> None:
    def seen(kind: str, items: list[dict]) -> set[str]:
        refs: set[str] = set()
        for i, item in enumerate(items):
            if item["ref"] in refs:
                raise InputError(
                    f"{name}: $.meeting.{kind}[{i}].ref: duplicate ref {item['ref']!r}"
                )
            refs.add(item["ref"])
        return refs

    agenda = seen("agenda", meeting.get("agenda", []))
    people = seen("attendees", meeting.get("attendees", []))
    overlap = agenda & people
    if overlap:
        raise InputError(
            f"{name}: $.meeting: ref {sorted(overlap)[0]!r} names both an agenda item"
            " and an attendee"
        )
    for role in ("chair", "note_taker"):
        if role in meeting and meeting[role] not in people:
            raise InputError(f"{name}: $.meeting.{role}: no attendee has ref {meeting[role]!r}")
    for kind, key, refs in (
        ("statements", "speaker", people),
        ("statements", "agenda", agenda),
        ("decisions", "agenda", agenda),
    ):
        for i, item in enumerate(meeting.get(kind, [])):
            if key in item and item[key] not in refs:
                target = "attendee" if key == "speaker" else "agenda item"
                raise InputError(
                    f"{name}: $.meeting.{kind}[{i}].{key}: no {target} has ref {item[key]!r}"
                )
    for i, att in enumerate(meeting.get("attendees", [])):
        if "nip" in att:
            problem = nip_problem(att["nip"])
            if problem:
                raise InputError(f"{name}: $.meeting.attendees[{i}].nip: {problem}")


# ---- dict <-> model -------------------------------------------------------------------


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


# ---- archive operations --------------------------------------------------------------


def import_data(
    store: Any, data: dict[str, Any], *, copy: bool = False, name: str = "<input>"
) -> int:
    """Add the meeting of a validated file; refuses a uid already in the archive."""
    import uuid

    meeting = meeting_from_dict(data)
    if copy:
        meeting.uid = str(uuid.uuid4())
    elif meeting.uid:
        existing = store.meeting_id_for_uid(meeting.uid)
        if existing is not None:
            raise DuplicateMeetingError(
                f"{name}: meeting {meeting.uid} is already in the archive as id {existing}"
                " (use --copy to import it as a new meeting)",
                existing,
            )
    return store.create_meeting(meeting)


def import_file(store: Any, path: str | os.PathLike, *, copy: bool = False) -> int:
    return import_data(store, load_file(path), copy=copy, name=str(path))


def export_file(store: Any, meeting_id: int, path: str | os.PathLike) -> None:
    """Write atomically: a crash mid-write leaves the old file or none, never half."""
    text = dumps(store.get_meeting(meeting_id))
    write_atomic(Path(path), text.encode("utf-8"))


def write_atomic(path: Path, payload: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write here ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write file ({exc.strerror})") from None
