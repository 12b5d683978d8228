# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..models.storage_auth_method import StorageAuthMethod
from ..models.storage_type import StorageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageConfigInput")


@_attrs_define
class StorageConfigInput:
    """Your own storage to upload the recording to (request shape). Cloud buckets (aws, azure, digitalocean) take `bucket`,
    `region`, `path`, `access_key` and `secret`; gcs needs no `access_key`; sftp takes `host`, `port`, `username`,
    `auth_method` and `password` or `private_key`. Credentials are write-only.

        Example:
            {'type': 'sftp', 'auth_method': 'KEY', 'host': 'sftp.example.com', 'port': 22, 'username': 'recorder', 'path':
                '/uploads/realtimekit', 'private_key': '-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAA...\\n
                -----END OPENSSH PRIVATE KEY-----\\n'}

        Attributes:
            type_ (StorageType): Type of storage medium. Example: aws.
            auth_method (StorageAuthMethod | Unset): Authentication method for `sftp` storage. Example: KEY.
            bucket (str | Unset): Name of the storage medium's bucket.
            path (str | Unset): Path relative to the bucket root at which the recording will be placed.
            region (str | Unset): Region of the storage medium.
            host (str | Unset): SSH destination server host for SFTP storage.
            port (float | Unset): SSH destination server port for SFTP storage.
            username (str | Unset): SSH destination server username for SFTP storage.
            access_key (str | Unset): Access key of the storage medium (not required for `gcs`). Write-only: never returned
                to clients.
            secret (str | Unset): Secret key of the storage medium. Like `access_key`, only writeable by clients, not
                readable.
            password (str | Unset): SSH destination server password for SFTP storage when `auth_method` is `PASSWORD`; with
                `KEY`, the passphrase of the private key.
            private_key (str | Unset): Private key used to log in to the SSH destination server for SFTP storage when
                `auth_method` is `KEY`.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    type_: StorageType
    auth_method: StorageAuthMethod | Unset = UNSET
    bucket: str | Unset = UNSET
    path: str | Unset = UNSET
    region: str | Unset = UNSET
    host: str | Unset = UNSET
    port: float | Unset = UNSET
    username: str | Unset = UNSET
    access_key: str | Unset = UNSET
    secret: str | Unset = UNSET
    password: str | Unset = UNSET
    private_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = StorageType(self.type_).value

        auth_method: str | Unset = UNSET
        if not isinstance(self.auth_method, Unset):
            auth_method = StorageAuthMethod(self.auth_method).value

        bucket = self.bucket

        path = self.path

        region = self.region

        host = self.host

        port = self.port

        username = self.username

        access_key = self.access_key

        secret = self.secret

        password = self.password

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if path is not UNSET:
            field_dict["path"] = path
        if region is not UNSET:
            field_dict["region"] = region
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if username is not UNSET:
            field_dict["username"] = username
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if secret is not UNSET:
            field_dict["secret"] = secret
        if password is not UNSET:
            field_dict["password"] = password
        if private_key is not UNSET:
            field_dict["private_key"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            type_ = StorageType.__by_value__.get(_type__wire := d.pop("type")) or StorageType(_type__wire)

            _auth_method = d.pop("auth_method", UNSET)
            auth_method: StorageAuthMethod | Unset
            if isinstance(_auth_method, Unset):
                auth_method = UNSET
            else:
                auth_method = StorageAuthMethod.__by_value__.get(
                    _auth_method_wire := _auth_method
                ) or StorageAuthMethod(_auth_method_wire)

            bucket = d.pop("bucket", UNSET)

            path = d.pop("path", UNSET)

            region = d.pop("region", UNSET)

            host = d.pop("host", UNSET)

            port = d.pop("port", UNSET)

            username = d.pop("username", UNSET)

            access_key = d.pop("access_key", UNSET)

            secret = d.pop("secret", UNSET)

            password = d.pop("password", UNSET)

            private_key = d.pop("private_key", UNSET)

            if not (
                (bucket.__class__ is str or bucket is UNSET)
                and (path.__class__ is str or path is UNSET)
                and (region.__class__ is str or region is UNSET)
                and (host.__class__ is str or host is UNSET)
                and ((port.__class__ is float or port.__class__ is int) or port is UNSET)
                and (username.__class__ is str or username is UNSET)
                and (access_key.__class__ is str or access_key is UNSET)
                and (secret.__class__ is str or secret is UNSET)
                and (password.__class__ is str or password is UNSET)
                and (private_key.__class__ is str or private_key is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            storage_config_input = cls(
                type_,
                auth_method,
                bucket,
                path,
                region,
                host,
                port,
                username,
                access_key,
                secret,
                password,
                private_key,
            )

            storage_config_input.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return storage_config_input

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
        """Like the attrs repr, but credentials never print: access_key, secret, password, private_key (x-secret) and presigned-URL signatures."""
        return redacted_repr(
            self,
            [a.name for a in self.__attrs_attrs__],
            (
                "access_key",
                "secret",
                "password",
                "private_key",
            ),
            (
                "access_key",
                "password",
                "private_key",
                "secret",
            ),
        )


StorageConfigInput.__shape__ = (
    ("type", True, StorageType, False),
    ("auth_method", False, StorageAuthMethod, False),
    ("bucket", False, "str", False),
    ("path", False, "str", False),
    ("region", False, "str", False),
    ("host", False, "str", False),
    ("port", False, "float", False),
    ("username", False, "str", False),
    ("access_key", False, "str", True),
    ("secret", False, "str", True),
    ("password", False, "str", True),
    ("private_key", False, "str", True),
)
