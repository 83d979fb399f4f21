"""The ``notula.meeting`` format (versions 1 and 2) and its checks: the
schemas, the checks a schema cannot make (refs unique, every ref pointed at
exists, the store's own field rules, attachments that really are pictures),
and one short sentence for each problem.

Each version is validated against its own schema; a version 1 file simply
lacks what version 2 added. Export writes version 2.

Kept apart from reading so that the GUI's import dialog and the command line
give the same message for the same file, and apart from conversion so that a
Meeting is only ever built from a file that passed every check.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from core.errors import InputError
from core.exchange.check_v2 import check_v2
from core.i18n import _
from core.json_files import json_path
from core.people import nip_problem
from core.validation import check_field

FORMAT = "notula.meeting"
VERSION = 2  # what export writes
#: the schemas stay beside the other contracts in core/ (tests and packaging find them there)
CORE_DIR = Path(__file__).resolve().parent.parent
SCHEMA_PATHS = {
    1: CORE_DIR / "meeting.v1.schema.json",
    2: CORE_DIR / "meeting.schema.json",
}
SCHEMA_PATH = SCHEMA_PATHS[VERSION]

MEETING_FIELDS = (
    "uid", "title", "kind", "number", "date", "start_time", "end_time", "timezone", "mode",
    "location", "city", "organizer", "chair", "note_taker", "opening", "closing", "status",
    "series", "revision", "finalised_at", "fingerprint",
)  # fmt: skip
ATTENDEE_FIELDS = (
    "ref", "name", "position", "organization", "nip", "rank", "role", "present",
    "represents", "joined_at", "left_at", "contact", "short_name", "email", "absence_reason",
    "minutes_present",
)  # fmt: skip
#: the lists whose entries have refs; no ref may name entries of two of them
REFERENCED = ("agenda", "attendees", "attachments")
#: schema keywords that say nothing about validity, dropped when inlining
ANNOTATIONS = frozenset({"description", "title", "$comment", "examples", "default"})


@cache
def _schema(version: int = VERSION) -> dict[str, Any]:
    return json.loads(SCHEMA_PATHS[version].read_text(encoding="utf-8"))


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
def validator(inlined: bool = True, version: int = VERSION) -> Any:
    """The validator of one version's schema, built once per process (jsonschema
    is imported only here: the GUI starts without it). ``inlined=False`` is the
    schema as written, which a test holds the fast one to."""
    import jsonschema

    schema = _schema(version)
    cls = jsonschema.validators.validator_for(schema)
    return cls(inline_refs(schema) if inlined else schema, format_checker=cls.FORMAT_CHECKER)


def kind_of(value: Any) -> str:
    """What a JSON value is, in words (never the value itself: it may be huge or deep)."""
    if isinstance(value, bool):
        return type_word("boolean")
    if isinstance(value, dict):
        return type_word("object")
    if isinstance(value, list):
        return type_word("array")
    if isinstance(value, str):
        return type_word("string")
    if value is None:
        return type_word("null")
    return type_word("number")


def type_word(json_type: str) -> str:
    """A JSON schema type in words, in the language of this run."""
    words = {
        "string": _("text"),
        "object": _("an object"),
        "array": _("a list"),
        "boolean": _("true/false"),
        "integer": _("a number"),
        "number": _("a number"),
        "null": "null",
    }
    return words.get(json_type, json_type)


def short_value(value: Any) -> str:
    """A value as it may be quoted in a one-line message (a list or object is named, not shown)."""
    if isinstance(value, (dict, list)):
        return kind_of(value)
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def check_format(data: Any, name: str, file_format: str) -> None:
    """A JSON object that says it is a ``file_format`` file (a meeting, an office
    profile), checked before its version and schema so that another kind of
    file gets the sentence that names it."""
    if not isinstance(data, dict):
        raise InputError(
            _("{name}: $: expected a JSON object, found {kind}").format(
                name=name, kind=kind_of(data)
            )
        )
    if data.get("format") != file_format:
        raise InputError(
            _("{name}: $.format: not a {format} file ({value})").format(
                name=name, format=file_format, value=short_value(data.get("format"))
            )
        )


def validate(data: Any, name: str = "<input>") -> dict[str, Any]:
    """Schema validation plus the checks a schema cannot make."""
    check_format(data, name, FORMAT)
    version = data.get("version")
    if version not in SCHEMA_PATHS or isinstance(version, bool):
        raise InputError(
            _(
                "{name}: $.version: version {version} is not supported "
                "(this Notula reads versions 1 and 2); update Notula"
            ).format(name=name, version=short_value(version))
        )
    try:
        errors = sorted(
            validator(version=version).iter_errors(data), key=lambda e: list(e.absolute_path)
        )
        if errors:
            err = min(errors, key=lambda e: len(list(e.absolute_path)))
            err = errors[0] if not list(err.absolute_path) else err
            where = json_path(err.absolute_path)
            raise InputError(f"{name}: {where}: {schema_message(err)}")
    except RecursionError:
        raise InputError(_("{name}: JSON is nested too deeply").format(name=name)) from None
    _check_refs(data["meeting"], name)
    _check_header(data["meeting"], name)
    check_v2(data["meeting"], name)
    return data


def _pattern_meanings() -> dict[str, str]:
    """What each pattern of the schemas means (the patterns are the same in both versions)."""
    defs = _schema()["$defs"]
    return {
        defs["time"]["pattern"]: _("expected a time HH:MM or HH:MM:SS (00:00–23:59)"),
        defs["date"]["pattern"]: _("expected a date YYYY-MM-DD"),
        defs["ref"]["pattern"]: _("a ref is 1–64 letters, digits, '_', '.' or '-'"),
        defs["uuid"]["pattern"]: _("expected a UUID in lower case"),
        defs["fingerprint"]["pattern"]: _("expected a SHA-256 fingerprint (64 hex digits)"),
    }


def schema_message(err: Any) -> str:
    """One short sentence for a schema error, never echoing a huge or deep value."""
    v, value = err.validator, err.instance
    if v == "format" and err.validator_value == "date":
        if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            return _("impossible date {value}").format(value=short_value(value))
        return _("{value}: expected a date YYYY-MM-DD").format(value=short_value(value))
    if v == "type":
        words = _(" or ").join(type_word(w) for w in _listed(err.validator_value))
        return _("expected {words}, found {kind}").format(words=words, kind=kind_of(value))
    if v == "required":
        missing = next((f for f in err.validator_value if f not in value), err.validator_value[0])
        return _("{field} is missing").format(field=repr(missing))
    if v == "additionalProperties":
        known = set(err.schema.get("properties", {}))
        extra = ", ".join(repr(k) for k in value if k not in known)
        return _("unknown field {fields}").format(fields=extra)
    if v == "pattern":
        if err.absolute_path and err.absolute_path[-1] == "nip" and isinstance(value, str):
            return nip_problem(value) or _("a NIP is 18 digits")
        meaning = _pattern_meanings().get(err.validator_value, _("not in the expected form"))
        return f"{short_value(value)}: {meaning}"
    if v in ("enum", "const"):
        allowed = err.validator_value if v == "enum" else [err.validator_value]
        return _("{value} is not one of {allowed}").format(
            value=short_value(value), allowed=", ".join(short_value(a) for a in allowed)
        )
    if v == "maxLength":
        return _("text is too long ({length} characters; at most {limit})").format(
            length=len(value), limit=err.validator_value
        )
    if v == "minLength":
        return _("must not be empty")
    if v == "maxItems":
        return _("too many entries ({count}; at most {limit})").format(
            count=len(value), limit=err.validator_value
        )
    if v == "minimum":
        return _("{value} is less than {limit}").format(value=value, limit=err.validator_value)
    if v == "maximum":
        return _("{value} is more than {limit}").format(value=value, limit=err.validator_value)
    if v == "anyOf" and all(set(s) == {"required"} for s in err.validator_value):
        fields = _(" or ").join(f"'{f}'" for s in err.validator_value for f in s["required"])
        return _("needs {fields}").format(fields=fields)
    if v in ("anyOf", "oneOf") and err.context:
        # The branch whose type fits says what is wrong; if none fits, list the types.
        fitting = [e for e in err.context if e.validator != "type"]
        if fitting:
            return schema_message(fitting[0])
        wanted = [w for e in err.context for w in _listed(e.validator_value)]
        words = _(" or ").join(dict.fromkeys(type_word(w) for w in wanted))
        return _("expected {words}, found {kind}").format(words=words, kind=kind_of(value))
    message = err.message
    if v in ("anyOf", "oneOf"):
        message = _("{value} is not valid here").format(value=short_value(value))
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
    """Refs unique within each list and across agenda, attendees and attachments;
    every ref pointed at exists."""
    owner: dict[str, tuple[str, int]] = {}  # ref -> (list, index) of the entry it names
    for kind in REFERENCED:
        for i, item in enumerate(meeting.get(kind, [])):
            ref = item["ref"]
            if ref in owner:
                message = (
                    _("{name}: {path}: duplicate ref {ref}")
                    if owner[ref][0] == kind
                    else _("{name}: {path}: ref {ref} already names {other}")
                )
                other = "$.meeting.{}[{}]".format(*owner[ref])
                path = f"$.meeting.{kind}[{i}].ref"
                raise InputError(message.format(name=name, path=path, ref=repr(ref), other=other))
            owner[ref] = (kind, i)
    people = {r for r, (kind, _i) in owner.items() if kind == "attendees"}
    agenda = {r for r, (kind, _i) in owner.items() if kind == "agenda"}
    for role in ("chair", "note_taker"):
        if role in meeting and meeting[role] not in people:
            raise InputError(
                _("{name}: {path}: no attendee has ref {ref}").format(
                    name=name, path=f"$.meeting.{role}", ref=repr(meeting[role])
                )
            )
    for kind, key, refs in (
        ("statements", "speaker", people),
        ("signatories", "attendee", people),
        ("statements", "agenda", agenda),
        ("decisions", "agenda", agenda),
        ("actions", "agenda", agenda),
    ):
        message = (
            _("{name}: {path}: no attendee has ref {ref}")
            if refs is people
            else _("{name}: {path}: no agenda item has ref {ref}")
        )
        for i, item in enumerate(meeting.get(kind, [])):
            if key in item and item[key] not in refs:
                path = f"$.meeting.{kind}[{i}].{key}"
                raise InputError(message.format(name=name, path=path, ref=repr(item[key])))
    for kind in ("attendees", "signatories"):
        for i, person in enumerate(meeting.get(kind, [])):
            problem = nip_problem(person["nip"]) if "nip" in person else None
            if problem:
                raise InputError(f"{name}: $.meeting.{kind}[{i}].nip: {problem}")
