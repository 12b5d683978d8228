"""Every vendor's mock sends the request-id header its real API sends (``x-request-id-headers`` in the spec), so the
clients' ``request_id`` is exercised: on ``with_raw_response`` and on a typed error."""

from __future__ import annotations

import pytest

import specmock

RESOURCES = ("room_recordings", "recordings")  # the resource that lists recordings, by package


@pytest.mark.parametrize("vendor", specmock.available_vendors())
def test_request_id_on_raw_response_and_typed_error(api_factory, vendor):
    api = api_factory(vendor, seed=3, recordings=5)
    server = api.mock()
    header = str(server.app.spec.document["x-request-id-headers"][0])
    with api.client() as client:
        resource = next(getattr(client, name) for name in RESOURCES if hasattr(client, name))
        raw = resource.with_raw_response.list()
        assert raw.status_code == 200
        assert raw.request_id and raw.request_id == raw.headers[header]

        server.fail_next(1, "404")
        with pytest.raises(api.package.NotFoundError) as caught:
            resource.list()
        assert caught.value.request_id and caught.value.request_id == caught.value.response.headers[header]
        assert caught.value.request_id != raw.request_id  # a new id per request
        assert caught.value.request_id in str(caught.value)
