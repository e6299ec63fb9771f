#!/usr/bin/env python3
"""Writes the seed packages of the package reader's fuzz target (tests/fuzz/fuzz_package_verifier):
a valid bag and a few malicious variants. Deterministic: run it again to get the same bytes."""
import hashlib, stat, zipfile

BAG = "51420000MJH123456X-2025"
DATA = {
    "data/compliance.json": b'{"findings":[{"check":"CAST17-01.members","requirement":"CAST17-01","status":"pass"}]}',
    "data/reform-plan.json": b'{"format":1,"pack":"cast-2017","tasks":[],"year":2025}',
    "data/minutes/1.pdf": b"%PDF-1.4\n" + b"x" * 200 + b"\n%%EOF\n",
}
BAGIT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


def sha(b):
    return hashlib.sha256(b).hexdigest().encode()


def bag(data=DATA, bagit=BAGIT, extra_info=b""):
    manifest = b"".join(sha(v) + b"  " + k.encode() + b"\n" for k, v in sorted(data.items()))
    oxum = b"%d.%d" % (sum(len(v) for v in data.values()), len(data))
    info = (b"Source-Organization: \xe6\xb9\x96\xe5\x8c\x97\xe7\xa4\xba\xe4\xbe\x8b\xe5\xad\xa6\xe4\xbc\x9a\n"
            b"External-Identifier: 51420000MJH123456X\nBagging-Date: 2025-12-20\nPayload-Oxum: " + oxum +
            b"\nReport-Year: 2025\nRule-Packs: cast-2017, hubei-2017\n" + extra_info)
    tags = b"".join(sha(v) + b"  " + k.encode() + b"\n"
                    for k, v in [("bag-info.txt", info), ("bagit.txt", bagit), ("manifest-sha256.txt", manifest)])
    files = {"bag-info.txt": info, "bagit.txt": bagit, "manifest-sha256.txt": manifest, "tagmanifest-sha256.txt": tags}
    files.update(data)
    return {BAG + "/" + k: v for k, v in files.items()}


def write(name, entries, modes=None):
    modes = modes or {}
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for entry, content in sorted(entries.items()):
            info = zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0))
            info.create_system = 3
            info.external_attr = modes.get(entry, 0o100644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, content)


write("valid.zip", bag())
write("symlink.zip", {**bag(), BAG + "/data/link": b"/etc/passwd"}, {BAG + "/data/link": stat.S_IFLNK | 0o777})
write("dotdot.zip", {**bag(), BAG + "/data/../../evil": b"x"})
write("fetch.zip", {**bag(), BAG + "/fetch.txt": b"https://example.org/x 1 data/x\n"})
write("bom.zip", bag(bagit=b"\xef\xbb\xbf" + BAGIT))
tampered = bag()
tampered[BAG + "/data/compliance.json"] = tampered[BAG + "/data/compliance.json"].replace(b"pass", b"fail")
write("tampered.zip", tampered)
write("bomb.zip", bag(data={**DATA, "data/zeros.bin": b"\0" * (4 << 20)}))
write("duplicate-case.zip", {**bag(), BAG + "/DATA/Compliance.json": b"{}"})
