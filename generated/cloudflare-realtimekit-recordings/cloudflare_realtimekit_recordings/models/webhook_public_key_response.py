# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookPublicKeyResponse")


@_attrs_define
class WebhookPublicKeyResponse:
    """`{success, data: {publicKey}, message}`: the PEM key that verifies `rtk-signature`.

    Example:
        {'success': True, 'data': {'publicKey': '-----BEGIN PUBLIC KEY-----\\n...\\n-----END PUBLIC KEY-----'},
            'message': ''}

    Attributes:
        success (bool): Success status of the request.
        data (WebhookPublicKeyResponseData):
        message (str | Unset): Empty on success.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    success: bool
    data: WebhookPublicKeyResponseData
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            success = d.pop("success")

            data = WebhookPublicKeyResponseData.from_dict(d.pop("data"))

            message = d.pop("message", UNSET)

            if not (success.__class__ is bool and (message.__class__ is str or message is UNSET)):
                raise ModelParseError(cls, src_dict)
            webhook_public_key_response = cls(
                success,
                data,
                message,
            )

            webhook_public_key_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return webhook_public_key_response

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
from ..models.webhook_public_key_response_data import WebhookPublicKeyResponseData  # noqa: E402

WebhookPublicKeyResponse.__shape__ = (
    ("success", True, "bool", False),
    ("data", True, WebhookPublicKeyResponseData, False),
    ("message", False, "str", False),
)
