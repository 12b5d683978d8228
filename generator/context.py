"""What the templates may ask about the spec beyond what openapi-python-client keeps (styles, x- extensions)."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from openapi_python_client import strings

from speccore.errors import SpecError
from speccore.operations import iter_operations
from speccore.pointer import deref, json_path
from speccore.vendors import Vendor
from speccore.webhooks import parse_webhooks

from .docstrings import Docstrings
from .validation import Checks

__all__ = ["SpecIndex"]

_IDEMPOTENT = {"get", "head", "put", "delete", "options", "trace"}


def raw(value: Any) -> str:
    """The plain text of openapi-python-client's UntrustedString (or any value)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def lit(value: Any) -> str:
    """A Python literal for a str/int/bool/None/list/dict value taken from the spec."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{lit(k)}: {lit(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "(" + "".join(f"{lit(v)}, " for v in value) + ")"
    return repr(raw(value) if hasattr(value, "get_untrusted_value") else value)


_BUILTIN_GENERICS = re.compile(r"(?<![\w.])(list|dict|set|type)\[")


def qualify(code: Any) -> str:
    """Type text safe inside a class that has a method named ``list`` (``builtins.list[...]``)."""
    text = code.as_unembedded_code() if hasattr(code, "as_unembedded_code") else str(code)
    return _BUILTIN_GENERICS.sub(r"builtins.\1[", text)


def identifier(name: str, prefix: str = "field_") -> str:
    """The Python attribute name openapi-python-client gives a JSON property."""
    return str(strings.PythonIdentifier(name, prefix))


@dataclasses.dataclass(frozen=True)
class Scheme:
    """One security scheme as the generated client sends it."""

    name: str
    header: str
    prefix: str
    arg: str
    env: str
    required: bool
    jwt: dict[str, Any] | None


class SpecIndex:
    """Exposed to templates as ``x``."""

    def __init__(self, spec: dict[str, Any], vendor: Vendor) -> None:
        self.spec = spec
        self.vendor = vendor
        self.lit = lit
        self.identifier = identifier
        self.qualify = qualify
        self.doc = Docstrings(self)  # docstrings of the generated resource methods
        # openapi-python-client rewrites path templates to Python names, so operations are found by operationId.
        self._by_name = {
            identifier(o.operation["operationId"]): (o.path, o.method, o.operation) for o in iter_operations(spec)
        }
        self._path_items = spec.get("paths") or {}

    # -- document facts -----------------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        return str(self.spec["info"]["title"])

    @property
    def base_url(self) -> str:
        return str(self.spec["servers"][0]["url"])

    @property
    def request_id_headers(self) -> list[str]:
        return [str(h).lower() for h in self.spec.get("x-request-id-headers", ["x-request-id"])]

    @property
    def error_message_paths(self) -> list[str]:
        return [str(p) for p in self.spec.get("x-error-message", ["message"])]

    def resolve(self, node: Any) -> Any:
        """Follow a local ``$ref`` (repeatedly)."""
        return deref(self.spec, node, file=self.vendor.spec_relpath)[0]

    # -- operations -----------------------------------------------------------------------------------------------
    def operation(self, endpoint: Any) -> dict[str, Any]:
        return self._by_name[str(endpoint.name)][2]

    def spec_path(self, endpoint: Any) -> str:
        """The path template as the spec writes it (``/recordings/{recordingId}``)."""
        return self._by_name[str(endpoint.name)][0]

    def operation_id(self, endpoint: Any) -> str:
        return str(self.operation(endpoint)["operationId"])

    def operation_server(self, endpoint: Any) -> str | None:
        """The operation's own server URL (operation-level ``servers``, first entry), if it has one."""
        servers = self.operation(endpoint).get("servers") or []
        return str(servers[0]["url"]) if servers else None

    def method_name(self, endpoint: Any) -> str:
        return str(self.operation(endpoint)["x-method-name"])

    def idempotent(self, endpoint: Any) -> bool:
        op = self.operation(endpoint)
        return bool(op.get("x-idempotent", endpoint.method in _IDEMPOTENT))

    def _params(self, endpoint: Any) -> list[dict[str, Any]]:
        path, _method, op = self._by_name[str(endpoint.name)]
        return self._params_of(path, op)

    def _params_of(self, path: str, op: dict[str, Any]) -> list[dict[str, Any]]:
        item = self._path_items[path]
        merged = {}
        for entry in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
            param = self.resolve(entry)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    def param(self, endpoint: Any, prop: Any, location: str = "query") -> dict[str, Any]:
        name = raw(prop.name)
        for param in self._params(endpoint):
            if param["name"] == name and param["in"] == location:
                return param
        raise KeyError(f"{name} not among the {location} parameters of {self.spec_path(endpoint)}")

    def is_deep_object(self, endpoint: Any, prop: Any) -> bool:
        return self.param(endpoint, prop).get("style") == "deepObject"

    def explode(self, endpoint: Any, prop: Any) -> bool:
        param = self.param(endpoint, prop)
        return bool(param.get("explode", param.get("style", "form") == "form"))

    def is_client_default(self, endpoint: Any, prop: Any) -> bool:
        return bool(self.param(endpoint, prop, "path").get("x-client-default"))

    def client_defaults(self) -> list[tuple[str, str, str]]:
        """``(json name, python name, env var)`` of every ``x-client-default`` path parameter, in document order."""
        found: dict[str, tuple[str, str, str]] = {}
        for ref in iter_operations(self.spec):
            for param in self._params_of(ref.path, ref.operation):
                if param["in"] == "path" and param.get("x-client-default"):
                    found.setdefault(param["name"], (param["name"], identifier(param["name"]), param.get("x-env", "")))
        return list(found.values())

    def query_param_names(self) -> list[str]:
        """Every query parameter the document declares (wire names, e.g. ``filter`` for ``filter[status]``): their
        values stay readable in logged API URLs; any other query value is masked (runtime/_redact.py)."""
        names = {
            str(param["name"])
            for ref in iter_operations(self.spec)
            for param in self._params_of(ref.path, ref.operation)
            if param["in"] == "query"
        }
        return sorted(names)

    # -- request validation -------------------------------------------------------------------------------------
    def new_checks(self) -> Checks:
        """A fresh collector of check code for one endpoint module (see ``generator.validation``)."""
        return Checks(self.resolve)

    @staticmethod
    def is_model(prop: Any) -> bool:
        """A generated model class (an object schema), as opposed to a scalar, list, enum or union."""
        return getattr(prop, "class_info", None) is not None and hasattr(prop, "required_properties")

    def arg_decl(self, prop: Any, *, qualified: bool = False) -> str:
        """A parameter's declaration; a model parameter also takes a mapping in the model's JSON form."""
        if not self.is_model(prop):
            code = prop.to_string()
            text = code.as_unembedded_code() if hasattr(code, "as_unembedded_code") else str(code)
            return qualify(text) if qualified else str(text)
        optional = "" if prop.required else " | Unset = UNSET"
        return f"{prop.python_name}: {prop.class_info.name} | Mapping[str, Any]{optional}"

    def param_checks(self, checks: Checks, endpoint: Any, prop: Any, location: str, var: str) -> list[str]:
        """Lines checking the argument (``var`` holds it; its JSON form for a model) against its schema."""
        param = self.param(endpoint, prop, location)
        return checks.lines(
            param.get("schema"),
            var,
            lit(prop.python_name),
            python_level=not self.is_model(prop),
            secret=bool(param.get("x-secret")),
            typed=location == "path",
        )

    def body_checks(self, checks: Checks, endpoint: Any, var: str) -> list[str]:
        body = self.resolve(self.operation(endpoint).get("requestBody") or {})
        media = (body.get("content") or {}).get("application/json") or {}
        return checks.lines(media.get("schema"), var, "'body'")

    def param_secret(self, endpoint: Any, prop: Any, location: str) -> bool:
        return bool(self.param(endpoint, prop, location).get("x-secret"))

    def destructive(self, endpoint: Any) -> dict[str, Any] | None:
        """``x-destructive``: the operation acts on everything unless one of ``unless-any-of`` (query parameter
        names) is given; the generated method refuses that without its ``opt-in`` argument set to True."""
        config = self.operation(endpoint).get("x-destructive")
        if not config:
            return None
        where = f"$.paths[{self.spec_path(endpoint)!r}].{endpoint.method}.x-destructive"
        if not isinstance(config, dict) or not re.fullmatch(r"[a-z][a-z0-9_]*", str(config.get("opt-in", ""))):
            raise SpecError(self.vendor.spec_relpath, where, "x-destructive", "needs opt-in: <snake_case argument>")
        filters = []
        for name in config.get("unless-any-of") or []:
            prop = _find(endpoint.query_parameters, str(name))
            if prop is None:
                raise SpecError(self.vendor.spec_relpath, where, "x-destructive", f"{name!r} is no query parameter")
            filters.append(
                {"name": prop.python_name, "var": ("json_" if self.is_model(prop) else "") + prop.python_name}
            )
        return {"opt_in": str(config["opt-in"]), "filters": filters}

    # -- security -------------------------------------------------------------------------------------------------
    def schemes(self) -> list[Scheme]:
        required = {name for requirement in self.spec.get("security") or [] for name in requirement}
        out = []
        for name, scheme in (self.spec.get("components", {}).get("securitySchemes") or {}).items():
            if scheme["type"] == "http" and scheme.get("scheme", "").lower() == "bearer":
                header, prefix = "Authorization", "Bearer "
            elif scheme["type"] == "apiKey" and scheme.get("in") == "header":
                header, prefix = scheme["name"], ""
            else:
                raise SpecError(
                    self.vendor.spec_relpath,
                    f"$.components.securitySchemes.{name}",
                    "supported-auth",
                    "only http bearer and apiKey-in-header schemes are supported",
                )
            if not scheme.get("x-client-arg"):
                raise SpecError(
                    self.vendor.spec_relpath,
                    f"$.components.securitySchemes.{name}.x-client-arg",
                    "x-client-arg",
                    "every security scheme names its client argument",
                )
            out.append(
                Scheme(
                    name=name,
                    header=header,
                    prefix=prefix,
                    arg=scheme["x-client-arg"],
                    env=scheme.get("x-env", ""),
                    required=name in required,
                    jwt=scheme.get("x-jwt"),
                )
            )
        return out

    def jwt_scheme(self) -> Scheme | None:
        return next((s for s in self.schemes() if s.jwt), None)

    def op_schemes(self, endpoint: Any) -> list[str]:
        """Names of every scheme the operation's security requirements mention (operation overrides the root)."""
        requirements = self.operation(endpoint).get("security", self.spec.get("security") or [])
        return sorted({name for requirement in requirements for name in requirement})

    # -- responses ------------------------------------------------------------------------------------------------
    def success_responses(self, endpoint: Any) -> list[Any]:
        return [r for r in endpoint.responses.patterns if r.status_code.range and r.status_code.range[0] < 400]

    def error_responses(self, endpoint: Any) -> list[Any]:
        errors = [r for r in endpoint.responses.patterns if r.status_code.range and r.status_code.range[0] >= 400]
        return errors + ([endpoint.responses.default] if endpoint.responses.default else [])

    def return_type(self, endpoint: Any) -> str:
        """The union of the success bodies' types; a response without content (204) contributes ``None``."""
        types = sorted({self._type_of(r) for r in self.success_responses(endpoint)})
        return " | ".join(types) if types else "None"

    @staticmethod
    def _type_of(response: Any) -> str:
        if response.source["attribute"] == "None":
            return "None"
        return str(response.prop.get_type_string().as_unembedded_code())

    def is_empty(self, response: Any) -> bool:
        return bool(response.source["attribute"] == "None")

    # -- pagination and waiters -----------------------------------------------------------------------------------
    def pagination(self, endpoint: Any) -> dict[str, Any] | None:
        config = self.operation(endpoint).get("x-pagination")
        if not config:
            return None
        where = f"$.paths[{self.spec_path(endpoint)!r}].{endpoint.method}.x-pagination"
        page_name, _, page_key = str(config["page-param"]).partition(".")
        size_name, _, size_key = str(config.get("size-param", "")).partition(".")
        page_prop = _find(endpoint.query_parameters, page_name)
        size_prop = _find(endpoint.query_parameters, size_name) if size_name else None
        if page_prop is None or (size_name and size_prop is None):
            raise SpecError(self.vendor.spec_relpath, where, "x-pagination", "page/size params must be query params")
        page_model = _first_model(self.success_responses(endpoint))
        items_path = str(config["items"]).split(".")
        items_prop = _walk(page_model, items_path) if page_model is not None else None
        inner = getattr(items_prop, "inner_property", None)
        if inner is None:
            raise SpecError(self.vendor.spec_relpath, where, "x-pagination", f"items {config['items']!r} is no array")
        return {
            "page_prop": page_prop,
            "page_key": identifier(page_key) if page_key else "",
            "size_prop": size_prop,
            "size_key": identifier(size_key) if size_key else "",
            "page_type": page_model.class_info.name,
            "item_type": inner.get_type_string(no_optional=True).as_unembedded_code(),
            "first_page": int(config.get("first-page", 1)),
            "items": _py_path(items_path),
            "total_pages": _py_path(str(config["total-pages"]).split(".")) if config.get("total-pages") else None,
            "total_items": _py_path(str(config["total-items"]).split(".")) if config.get("total-items") else None,
            "first_item": _py_path(str(config["first-item"]).split(".")) if config.get("first-item") else None,
            "trust_short_page": bool(config.get("trust-short-page", True)),
        }

    def list_envelope(self, endpoint: Any, response: Any) -> list[str] | None:
        """``x-list-envelope`` of a success response: where a bare JSON array goes inside the envelope model."""
        responses = self.operation(endpoint).get("responses") or {}
        node, _ = deref(self.spec, responses.get(str(response.status_code.pattern)) or {})
        path = node.get("x-list-envelope")
        return str(path).split(".") if path else None

    def waiter(self, endpoint: Any) -> dict[str, Any] | None:
        config = self.operation(endpoint).get("x-waiter")
        if not config:
            return None
        return {
            "status": _py_path(str(config["status"]).split(".")),
            "success": [str(v) for v in config.get("success", [])],
            "failure": [str(v) for v in config.get("failure", [])],
        }

    # -- schemas --------------------------------------------------------------------------------------------------
    def secret_fields(self) -> list[str]:
        """JSON names of every ``x-secret`` property in the document."""
        names: set[str] = set()
        for schema in (self.spec.get("components", {}).get("schemas") or {}).values():
            _collect_secrets(schema, names)
        return sorted(names)

    def secret_attributes(self, model: Any) -> list[str]:
        """Python attribute names of a generated model's ``x-secret`` properties."""
        props = (model.required_properties or []) + (model.optional_properties or [])
        secret = set(self.secret_fields())
        return [p.python_name for p in props if raw(p.name) in secret]

    def downloadables(self, models: list[Any]) -> list[dict[str, Any]]:
        """Generated models whose schema has ``x-download-url`` (and maybe ``x-download-size``)."""
        out = []
        for model in models:
            extra = getattr(model.data, "model_extra", None) or {}
            if "x-download-url" in extra:
                size = extra.get("x-download-size")
                out.append(
                    {
                        "class": model.class_info.name,
                        "url": _py_path(str(extra["x-download-url"]).split(".")),
                        "size": _py_path(str(size).split(".")) if size else None,
                    }
                )
        return sorted(out, key=lambda d: d["class"])

    # -- webhooks (x-webhooks) ----------------------------------------------------------------------------------------
    def webhooks(self, models: list[Any]) -> dict[str, Any] | None:
        """What ``webhooks.py.jinja`` needs from ``x-webhooks`` (parsed and checked by ``speccore.webhooks``)."""
        settings = parse_webhooks(self.spec, self.vendor.spec_relpath)
        if settings is None:
            return None
        by_schema = {raw(m.name).rpartition("/")[2]: m for m in models}
        events = []
        for kind in settings.events:
            model = by_schema.get(settings.schema_name(kind))
            if model is None:
                where = json_path("x-webhooks", "events", kind)
                message = f"no model was generated for {settings.events[kind]}"
                raise SpecError(self.vendor.spec_relpath, where, "x-webhooks:event-schema", message)
            recording = settings.recording_ids.get(kind) or ""
            events.append({"type": kind, "class": model.class_info.name, "recording_id": _json_path(recording)})
        verification = settings.verification
        fetch = None
        if verification.key_source == "operation":
            found = next(
                r for r in iter_operations(self.spec) if r.operation["operationId"] == verification.key_operation
            )
            fetch = {
                "resource": identifier(found.operation["tags"][0]),
                "method": str(found.operation["x-method-name"]),
                "field": _py_path(str(verification.key_field).split(".")),
            }
        return {
            "discriminator": _json_path(settings.discriminator or ""),
            "events": events,
            "event_id": _json_path(settings.event_id or ""),
            "algorithm": verification.algorithm,
            "signature_header": verification.signature_header or "",
            "signed_content": verification.signed_content,
            "timestamp_header": verification.timestamp_header,
            "tolerance_seconds": verification.tolerance_seconds,
            "delivery_id_header": verification.delivery_id_header,
            "key_format": verification.key_format,
            "client_arg": verification.key_client_arg,
            "env": verification.key_env,
            "fetch": fetch,
        }


def _json_path(path: str) -> list[str]:
    return [part for part in path.split(".") if part]


def _find(props: list[Any], name: str) -> Any:
    return next((p for p in props if raw(p.name) == name), None)


def _first_model(responses: list[Any]) -> Any:
    return next(
        (r.prop for r in responses if hasattr(r.prop, "class_info") and hasattr(r.prop, "required_properties")), None
    )


def _walk(model: Any, path: list[str]) -> Any:
    prop = model
    for name in path:
        props = (getattr(prop, "required_properties", None) or []) + (getattr(prop, "optional_properties", None) or [])
        prop = _find(props, name)
        if prop is None:
            return None
    return prop


def _py_path(path: list[str]) -> list[str]:
    return [part if part.isdigit() else identifier(part) for part in path]


def _collect_secrets(schema: Any, names: set[str]) -> None:
    if not isinstance(schema, dict):
        return
    for name, prop in (schema.get("properties") or {}).items():
        if isinstance(prop, dict) and prop.get("x-secret"):
            names.add(name)
        _collect_secrets(prop, names)
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in schema.get(key) or []:
            _collect_secrets(sub, names)
    _collect_secrets(schema.get("items"), names)
