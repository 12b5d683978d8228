# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="V4Message")


@_attrs_define
class V4Message:
    """One error or message of Cloudflare's v4 API envelope.

    Example:
        {'code': 7003, 'message': 'No route for the URI'}

    Attributes:
        code (int): Cloudflare error code (e.g. 7003, 10000). Example: 7003.
        message (str): What went wrong. Example: No route for the URI.
        documentation_url (str | Unset): Where the error is documented.
        source (V4MessageSource | Unset): Which part of the request the message is about.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    code: int
    message: str
    documentation_url: str | Unset = UNSET
    source: V4MessageSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        documentation_url = self.documentation_url

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if documentation_url is not UNSET:
            field_dict["documentation_url"] = documentation_url
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            code = d.pop("code")

            message = d.pop("message")

            documentation_url = d.pop("documentation_url", UNSET)

            _source = d.pop("source", UNSET)
            source: V4MessageSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = V4MessageSource.from_dict(_source)

            if not (
                code.__class__ is int
                and message.__class__ is str
                and (documentation_url.__class__ is str or documentation_url is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            v4_message = cls(
                code,
                message,
                documentation_url,
                source,
            )

            v4_message.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return v4_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        """Like the attrs repr, but credentials never print: presigned-URL signatures."""
        return redacted_repr(
            self,
            [a.name for a in self.__attrs_attrs__],
            (),
            (
                "access_key",
                "password",
                "private_key",
                "secret",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.v4_message_source import V4MessageSource  # noqa: E402

V4Message.__shape__ = (
    ("code", True, "int", False),
    ("message", True, "str", False),
    ("documentation_url", False, "str", False),
    ("source", False, V4MessageSource, False),
)
