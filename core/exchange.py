"""The ``notula.meeting`` v1 exchange format: validate, import, export.

Import is all-or-nothing: the whole file is read, parsed, validated against
the schema and cross-checked (refs unique, every ref pointed at exists)
before one transaction writes it. Export writes the refs the file was
imported with, so export → import → export is byte-identical.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from core import model
from core.errors import DuplicateMeetingError, InputError
from core.people import nip_problem
from core.validation import check_field

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


ANNOTATIONS = frozenset({"description", "title", "$comment", "examples", "default"})
MAX_DEPTH_REPORTED = 500  # deeper than any valid file; where the "too deep" message points


@cache
def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """The same schema with every local ``$ref`` replaced by its target.

    jsonschema resolves a ``$ref`` on every use through the ``referencing``
    library; for a 1,500-statement file that is most of the validation time
    (0.3 s of 0.4 s). The inlined schema accepts and rejects exactly the same
    documents (a test holds the two to that) and validates three times faster.
    Annotations are dropped, and ``allOf`` parts whose keywords do not overlap
    are merged into one schema.
    """
    defs = schema.get("$defs", {})

    def walk(node: Any, stack: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [walk(x, stack) for x in node]
        if not isinstance(node, dict):
            return node
        node = {k: v for k, v in node.items() if k not in ANNOTATIONS and k != "$defs"}
        if "$ref" in node:
            ref = node.pop("$ref")
            name = ref.removeprefix("#/$defs/")
            if name == ref or name not in defs or name in stack:
                raise ValueError(f"cannot inline $ref {ref!r}")
            target = walk(defs[name], (*stack, name))
            if not node:
                return target
            node = {"allOf": [target, node]}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in ("properties", "patternProperties"):
                out[key] = {k: walk(v, stack) for k, v in value.items()}
            else:
                out[key] = walk(value, stack)
        parts = out.get("allOf")
        if parts and all(isinstance(p, dict) for p in parts):
            merged = {k: v for k, v in out.items() if k != "allOf"}
            for part in parts:
                if set(part) & set(merged):
                    return out  # overlapping keywords: keep the allOf as written
                merged.update(part)
            return merged
        return out

    inlined = walk(schema, ())
    for key in ("$schema", "$id"):
        if key in schema:
            inlined[key] = schema[key]
    return inlined


@cache
def _validator(inlined: bool = True) -> Any:
    import jsonschema

    schema = _schema()
    cls = jsonschema.validators.validator_for(schema)
    return cls(inline_refs(schema) if inlined else schema, format_checker=cls.FORMAT_CHECKER)


def _json_path(path: Any) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _kind(value: Any) -> str:
    """What a JSON value is, in words (never the value itself: it may be huge or deep)."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if value is None:
        return "null"
    return "a number"


def _short(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return _kind(value)
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


# ---- reading ---------------------------------------------------------------------


def load_file(path: str | os.PathLike) -> dict[str, Any]:
    """Read and parse a file, naming the file and the line of any problem."""
    p = Path(path)
    try:
        with p.open("rb") as fh:  # read at most the limit: /dev/zero must not fill memory
            raw = fh.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a file") from None
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read file ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(
            f"{p}: file is too large for a meeting (more than {MAX_FILE_BYTES // 2**20} MB)"
        )
    return parse_bytes(raw, str(p))


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def parse_bytes(raw: bytes, name: str = "<input>") -> dict[str, Any]:
    """Decode, parse and validate one file's bytes; every failure names a line or path."""
    if not raw.strip():
        raise InputError(f"{name}: file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: text is UTF-16; save the file as UTF-8")
    if b"\x00" in raw[:4096]:
        raise InputError(f"{name}: binary file, not a notula.meeting JSON file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(f"{name}: line {line} column {column}: text is not UTF-8") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{name}: line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"
        ) from None
    except RecursionError:
        raise InputError(f"{name}: {_too_deep(text)}") from None
    if _SURROGATE_ESCAPE.search(text):
        _check_surrogates(data, name)
    return validate(data, name)


def _too_deep(text: str) -> str:
    """Where nesting passes any sensible depth, for the message (found with a
    regex scan, not recursion, so it works where the parser gave up)."""
    depth = 0
    for match in _NESTING.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH_REPORTED:
                pos = match.start()
                line = text.count("\n", 0, pos) + 1
                column = pos - (text.rfind("\n", 0, pos) + 1) + 1
                return (
                    f"line {line} column {column}: JSON is nested too deeply "
                    f"(more than {MAX_DEPTH_REPORTED} levels)"
                )
        elif token in "]}":
            depth -= 1
    return "JSON is nested too deeply"


def _check_surrogates(data: Any, name: str) -> None:
    """A ``\\ud800`` escape without its pair parses, but is not text SQLite can store."""
    stack: list[tuple[Any, tuple]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            for k, v in value.items():
                if isinstance(k, str) and not _encodable(k):
                    raise InputError(f"{name}: {_json_path(path)}: a field name is not valid text")
                stack.append((v, (*path, k)))
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(value))
        elif isinstance(value, str) and not _encodable(value):
            raise InputError(
                f"{name}: {_json_path(path)}: text has an unpaired surrogate escape (\\ud800–"
                "\\udfff) that is not a character"
            )


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def validate(data: Any, name: str = "<input>") -> dict[str, Any]:
    """Schema validation plus the checks a schema cannot make."""
    if not isinstance(data, dict):
        raise InputError(f"{name}: $: expected a JSON object, found {_kind(data)}")
    if data.get("format") != FORMAT:
        raise InputError(
            f"{name}: $.format: not a notula.meeting file ({_short(data.get('format'))})"
        )
    if data.get("version") != VERSION or isinstance(data.get("version"), bool):
        raise InputError(
            f"{name}: $.version: version {_short(data.get('version'))} is not supported "
            f"(this Notula reads version {VERSION}); update Notula"
        )
    try:
        errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            err = min(errors, key=lambda e: len(list(e.absolute_path)))
            err = errors[0] if not list(err.absolute_path) else err
            where = _json_path(err.absolute_path)
            raise InputError(f"{name}: {where}: {_schema_message(err)}")
    except RecursionError:
        raise InputError(f"{name}: JSON is nested too deeply") from None
    _check_refs(data["meeting"], name)
    _check_header(data["meeting"], name)
    return data


def _pattern_meanings() -> dict[str, str]:
    defs = _schema()["$defs"]
    uid = _schema()["$defs"]["meeting"]["properties"]["uid"]["pattern"]
    return {
        defs["time"]["pattern"]: "expected a time HH:MM or HH:MM:SS (00:00–23:59)",
        defs["date"]["pattern"]: "expected a date YYYY-MM-DD",
        defs["ref"]["pattern"]: "a ref is 1–64 letters, digits, '_', '.' or '-'",
        uid: "expected a UUID in lower case",
    }


TYPE_WORDS = {
    "string": "text",
    "object": "an object",
    "array": "a list",
    "boolean": "true/false",
    "integer": "a number",
    "number": "a number",
    "null": "null",
}


def _schema_message(err: Any) -> str:
    """One short sentence for a schema error, never echoing a huge or deep value."""
    v, value = err.validator, err.instance
    if v == "format" and err.validator_value == "date":
        if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            return f"impossible date {_short(value)}"
        return f"{_short(value)}: expected a date YYYY-MM-DD"
    if v == "type":
        words = " or ".join(TYPE_WORDS.get(w, w) for w in _listed(err.validator_value))
        return f"expected {words}, found {_kind(value)}"
    if v == "required":
        return err.message.replace(" is a required property", " is missing")
    if v == "additionalProperties":
        return err.message.replace("Additional properties are not allowed", "unknown field")
    if v == "pattern":
        if err.absolute_path and err.absolute_path[-1] == "nip" and isinstance(value, str):
            return nip_problem(value) or "NIP harus 18 angka"
        meaning = _pattern_meanings().get(err.validator_value, "not in the expected form")
        return f"{_short(value)}: {meaning}"
    if v in ("enum", "const"):
        allowed = err.validator_value if v == "enum" else [err.validator_value]
        return f"{_short(value)} is not one of {', '.join(_short(a) for a in allowed)}"
    if v == "maxLength":
        return f"text is too long ({len(value)} characters; at most {err.validator_value})"
    if v == "minLength":
        return "must not be empty"
    if v == "maxItems":
        return f"too many entries ({len(value)}; at most {err.validator_value})"
    if v == "anyOf" and all(set(s) == {"required"} for s in err.validator_value):
        fields = " or ".join(f"'{f}'" for s in err.validator_value for f in s["required"])
        return f"needs {fields}"
    if v in ("anyOf", "oneOf") and err.context:
        # The branch whose type fits says what is wrong; if none fits, list the types.
        fitting = [e for e in err.context if e.validator != "type"]
        if fitting:
            return _schema_message(fitting[0])
        wanted = [w for e in err.context for w in _listed(e.validator_value)]
        words = " or ".join(dict.fromkeys(TYPE_WORDS.get(w, w) for w in wanted))
        return f"expected {words}, found {_kind(value)}"
    message = err.message
    if v in ("anyOf", "oneOf"):
        message = f"{_short(value)} is not valid here"
    return message if len(message) <= 160 else message[:157] + "…"


def _listed(value: Any) -> list[Any]:
    return [value] if isinstance(value, str) else list(value)


def _check_header(meeting: dict[str, Any], name: str) -> None:
    """The store's own field rules (a title of blanks is no title), with the path."""
    for field in MEETING_FIELDS:
        if field in ("uid", "chair", "note_taker") or meeting.get(field) is None:
            continue
        try:
            check_field(field, meeting[field])
        except InputError as exc:
            raise InputError(f"{name}: $.meeting.{field}: {exc}") from None


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
        _usual_mode(Path(tmp))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write file ({exc.strerror})") from None


def _usual_mode(path: Path) -> None:
    """mkstemp makes a private (0600) file; a saved file is shared like any other."""
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)
