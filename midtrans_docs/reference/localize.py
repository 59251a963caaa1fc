"""The generated reference in Indonesian: spec and error texts from the catalogs, the generator's own words
from a small label table.

`spec_for` and `errors_for` overlay each current catalog translation (midtrans_docs.sources.catalog) on the
English documents, so the generator renders Indonesian strings without knowing about languages. `labels`
translates what render.py, schema.py and pages.py write themselves (section headings, table headers, Yes/No,
limits, fixed sentences of the index and notifications pages) on the finished Markdown: the generator's
structure and anchors stay the English ones, which is what guides link to. Field names, enum values, paths,
code and samples are never touched (fenced blocks are left out; only fence titles are translated).
Gap it fills: MkDocs i18n plugins translate whole pages, not generated ones; gettext would need every call
site of the generator wrapped, which another module owns.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markdown.extensions.toc import slugify

from ..sources import catalog
from .spec import Spec

LANG = catalog.LANG

HEADINGS = {
    "Headers": "Header",
    "Path parameters": "Parameter path",
    "Query parameters": "Parameter query",
    "Request body": "Body request",
    "Request sample": "Contoh request",
    "Responses": "Respons",
    "Errors": "Error",
    "Body fields": "Field body",
    "Examples": "Contoh",
    "Products and servers": "Produk dan server",
    "Authentication": "Autentikasi",
    "Common headers": "Header umum",
    "Optional headers": "Header opsional",
    "Check a request body": "Periksa body request",
    "Pages": "Halaman",
    "Download the spec": "Unduh spec",
    "Verify the signature": "Verifikasi signature",
}
TABLE_HEADERS = {
    "Name": "Nama",
    "Type": "Tipe",
    "Required": "Wajib",
    "Description": "Deskripsi",
    "Limits": "Batasan",
    "Environment": "Lingkungan",
    "Request": "Request",
    "Code": "Kode",
    "Meaning": "Arti",
    "Product": "Produk",
    "Pages": "Halaman",
    "Scheme": "Skema",
    "Used by": "Dipakai oleh",
    "How": "Cara",
    "Header": "Header",
    "Value": "Nilai",
    "What it does": "Fungsinya",
}
TAGS = {
    "Charge": "Charge",
    "Cards": "Kartu",
    "Transactions": "Transaksi",
    "Refunds": "Refund",
    "Subscriptions": "Langganan",
    "Pay accounts": "Akun pembayaran",
    "Snap": "Snap",
    "Payment links": "Payment Link",
    "Beneficiaries": "Penerima dana",
    "Payouts": "Payout",
    "Balance and accounts": "Saldo dan akun",
    "Banks and channels": "Bank dan channel",
    "Statements": "Mutasi",
    "Utility": "Utilitas",
    "API reference": "Referensi API",
    "Notifications": "Notifikasi",
}
# Fixed sentences the generator writes (pages.py, render.py), English → Indonesian, replaced as whole strings.
PHRASES = {
    "Fields most variants share (a variant that differs lists its own):": (
        "Field yang dimiliki sebagian besar varian (varian yang berbeda mencantumkan field-nya sendiri):"
    ),
    "More samples, in six languages, in the guides (their responses are under Responses):": (
        "Contoh lain, dalam enam bahasa, ada di panduan (responsnya ada di bawah Respons):"
    ),
    "Authentication, one of:": "Autentikasi, salah satu dari:",
    "Authentication:": "Autentikasi:",
    "Your answer:": "Jawaban Anda:",
    "- Any other status:": "- Status lain:",
    "Every Midtrans API endpoint and notification: URLs, authentication, parameters, samples, responses and "
    "error codes.": (
        "Setiap endpoint dan notifikasi API Midtrans: URL, autentikasi, parameter, contoh, respons, dan kode error."
    ),
    "It is generated from our OpenAPI 3.1 description, so the tables, samples and error codes on these pages match "
    "the spec files you can download below.": (
        "Referensi ini dibuat dari deskripsi OpenAPI 3.1 kami, jadi tabel, contoh, dan kode error di halaman ini "
        "sama dengan file spec yang bisa Anda unduh di bawah."
    ),
    "Each product has a sandbox and a production server. Use the sandbox while you build; its keys start with `SB-`.": (
        "Setiap produk punya server sandbox dan production. Gunakan sandbox selama Anda membangun integrasi; "
        "key-nya diawali `SB-`."
    ),
    "Every request authenticates with HTTP Basic auth: the key is the user name and the password is empty. "
    "Keep server keys and IRIS API keys on your backend.": (
        "Setiap request diautentikasi dengan HTTP Basic auth: key menjadi nama pengguna dan password dikosongkan. "
        "Simpan server key dan API key IRIS hanya di backend Anda."
    ),
    "Some endpoints accept these; each endpoint's Headers table says which.": (
        "Beberapa endpoint menerima header ini; tabel Header setiap endpoint menyebutkan yang mana."
    ),
    "Pick an endpoint and paste a JSON body: the checker lists every field the spec does not know, every wrong "
    "type or value, every missing required field, and a `gross_amount` that differs from the sum of "
    "`item_details` price × quantity, each with its JSON path. It validates against the same spec, in your "
    "browser; the body is not sent anywhere.": (
        "Pilih endpoint lalu tempel body JSON: pemeriksa mencantumkan setiap field yang tidak dikenal spec, setiap "
        "tipe atau nilai yang salah, setiap field wajib yang tidak ada, dan `gross_amount` yang berbeda dari jumlah "
        "harga × kuantitas `item_details`, masing-masing dengan path JSON-nya. Validasi berjalan terhadap spec yang "
        "sama, di browser Anda; body tidak dikirim ke mana pun."
    ),
    "The checker needs JavaScript. Without it, compare your body with the request table of its endpoint on the "
    "pages below.": (
        "Pemeriksa ini memerlukan JavaScript. Tanpa JavaScript, bandingkan body Anda dengan tabel request "
        "endpoint-nya di halaman di bawah."
    ),
    ": every HTTP notification body, per payment method and status.": (
        ": setiap body notifikasi HTTP, per metode pembayaran dan status."
    ),
    ": what each status code means and how to fix it.": ": arti setiap kode status dan cara mengatasinya.",
    "The spec is split by product. Files refer to each other with relative `$ref`s (`common.yaml` holds the "
    "shared schemas), so download them into one folder before you import them into your API client or code "
    "generator.": (
        "Spec dibagi per produk. File saling merujuk dengan `$ref` relatif (`common.yaml` berisi skema bersama), "
        "jadi unduh semuanya ke satu folder sebelum Anda mengimpornya ke klien API atau generator kode Anda."
    ),
    "Every HTTP notification Midtrans and IRIS send: body per payment method and status, fields and signature.": (
        "Setiap notifikasi HTTP yang dikirim Midtrans dan IRIS: body per metode pembayaran dan status, field, dan "
        "signature."
    ),
    "Midtrans posts a JSON body to your notification URL whenever a transaction, subscription, GoPay account "
    "link, refund or payout changes. This page lists every body;": (
        "Midtrans mengirim body JSON ke URL notifikasi Anda setiap kali transaksi, langganan, tautan akun GoPay, "
        "refund, atau payout berubah. Halaman ini mencantumkan setiap body;"
    ),
    "explains how to receive them.": "menjelaskan cara menerimanya.",
    "Payment, refund and Payment Link notifications carry `signature_key`: the lowercase hex SHA-512 of "
    "`order_id` + `status_code` + `gross_amount` + your server key, concatenated as strings exactly as received. "
    "Recompute it and drop the notification if it differs. Then confirm the status with Get Status before you "
    "fulfill the order. Subscription and GoPay account notifications carry no signature; "
    "confirm them with the API.": (
        "Notifikasi pembayaran, refund, dan Payment Link membawa `signature_key`: hex huruf kecil SHA-512 dari "
        "`order_id` + `status_code` + `gross_amount` + server key Anda, digabung sebagai string persis seperti "
        "diterima. Hitung ulang dan abaikan notifikasi jika hasilnya berbeda. Lalu pastikan statusnya dengan Get "
        "Status sebelum Anda memproses pesanan. Notifikasi langganan dan akun GoPay tidak membawa signature; "
        "pastikan dengan API."
    ),
    "IRIS notifications carry an `Iris-Signature` header instead: the SHA-512 of the raw body followed by your "
    "IRIS merchant key. See": (
        "Notifikasi IRIS membawa header `Iris-Signature` sebagai gantinya: SHA-512 dari body mentah diikuti merchant "
        "key IRIS Anda. Lihat"
    ),
    "[Webhook HTTP notification]": "[Notifikasi HTTP webhook]",
    "[IRIS notifications]": "[Notifikasi IRIS]",
    "[Error codes and responses]": "[Kode error dan respons]",
    "[Notifications]": "[Notifikasi]",
    "`Basic ` + Base64 of the key followed by `:` (see the table above)": (
        "`Basic ` + Base64 dari key diikuti `:` (lihat tabel di atas)"
    ),
    "`application/json` on every request with a body": "`application/json` pada setiap request yang ber-body",
}
LIMITS = [
    (re.compile(r"\balways `"), "selalu `"),
    (re.compile(r"\bone of `"), "salah satu dari `"),
    (re.compile(r"(\d) characters\b"), r"\1 karakter"),
    (re.compile(r"(\d) items\b"), r"\1 item"),
    (re.compile(r"\bmore than (\d)"), r"lebih dari \1"),
    (re.compile(r"\bexactly (\d)"), r"tepat \1"),
    (re.compile(r"\bat least (\d)"), r"minimal \1"),
    (re.compile(r"\bat most (\d)"), r"maksimal \1"),
    (re.compile(r"\bpattern `"), "pola `"),
    (re.compile(r"\bdefault `"), "bawaan `"),
]
TYPE_WORDS = [(re.compile(r"\barray of "), "array berisi "), (re.compile(r" or (?=[a-z`])"), " atau ")]
HEADING = re.compile(r"^(#{2,3}) (" + "|".join(map(re.escape, HEADINGS)) + r")( \{ #[^}]+ \})?$")
FENCE_TITLE = re.compile(r'^(\s*```\w+ title=")(Response|Notification) ')
FENCE = re.compile(r"^\s*(```|~~~)")


def spec_for(root: Path, english: Spec, lang: str) -> Spec:
    """`english` with the `lang` catalogs' current translations in place (the same object for English)."""
    if lang != LANG:
        return english
    out = Spec.__new__(Spec)
    out.dir = english.dir
    out.docs = {}
    for source in catalog.sources(root):
        if source.is_errors:
            continue
        name = source.english.name
        out.docs[name] = catalog.localized(english.docs[name], catalog.translations(root, source))
    return out


def errors_for(root: Path, english: dict[str, Any], lang: str) -> dict[str, Any]:
    if lang != LANG:
        return english
    source = catalog.Source(catalog.ERRORS, catalog.ERRORS_CATALOG)
    texts = catalog.translations(root, source)
    english_texts = source.strings(root)
    for pointer, text in texts.items():
        # Product and table headings keep their English anchors (guides and the decoder link to them).
        if re.fullmatch(r"/(?!page/)[^/]+(/groups/\d+)?/title", pointer) and "{ #" not in text:
            texts[pointer] = f"{text} {{ #{slugify(english_texts[pointer], '-')} }}"
    return catalog.localized(english, texts)


def _row(line: str) -> str:
    """A table row: Yes/No, types and limits in Indonesian (only cells that are the generator's own words)."""
    cells = re.split(r"(?<!\\) \| ", line[2:-2])
    if len(cells) == 5 and cells[0].startswith("`"):  # a parameter/field row (schema.COLUMNS)
        cells[2] = {"Yes": "Ya", "No": "Tidak"}.get(cells[2], cells[2])
        for pattern, repl in TYPE_WORDS:
            cells[1] = pattern.sub(repl, cells[1])
        for pattern, repl in LIMITS:
            cells[4] = pattern.sub(repl, cells[4])
        return "| " + " | ".join(cells) + " |"
    if all(c.strip() in TABLE_HEADERS for c in cells):
        return "| " + " | ".join(TABLE_HEADERS[c.strip()] for c in cells) + " |"
    return line


def labels(markdown: str, lang: str) -> str:
    """The generator's own English words in `lang`, outside fenced code."""
    if lang != LANG:
        return markdown
    out, in_fence = [], False
    in_front = markdown.startswith("---\n")
    for number, line in enumerate(markdown.split("\n")):
        if in_front:
            if number and line == "---":
                in_front = False
            elif line.startswith("title: "):
                line = "title: " + TAGS.get(line[7:], line[7:])
            elif line.startswith("description: "):
                line = re.sub(r"^description: (\"?)(.+?) reference: ", r"description: \1Referensi \2: ", line)
                line = line.replace(line[13:], PHRASES.get(line[13:], line[13:]))
            out.append(line)
            continue
        if FENCE.match(line):
            if not in_fence:
                line = FENCE_TITLE.sub(
                    lambda m: m[1] + {"Response": "Respons", "Notification": "Notifikasi"}[m[2]] + " ", line
                )
            in_fence = not in_fence
            out.append(line)
            continue
        if in_fence:
            out.append(line)
            continue
        # A heading keeps its English anchor: an explicit one, or the slug of the English text.
        line = HEADING.sub(lambda m: f"{m[1]} {HEADINGS[m[2]]}{m[3] or ' { #' + slugify(m[2], '-') + ' }'}", line)
        if line.startswith("# "):
            line = "# " + TAGS.get(line[2:], line[2:])
        if line.startswith("| ") and line.endswith(" |"):
            line = _row(line)
        line = re.sub(r"^Guide: \[", "Panduan: [", line)
        line = line.replace("]. [More](", "]. [Selengkapnya](").replace(". [More](", ". [Selengkapnya](")
        line = re.sub(r"Part of the (.+?); spec file: ", r"Bagian dari \1; file spec: ", line)
        line = re.sub(
            r"^This reference covers (\d+) endpoints and every notification Midtrans sends\. ",
            r"Referensi ini mencakup \1 endpoint dan setiap notifikasi yang dikirim Midtrans. ",
            line,
        )
        line = re.sub(r'^(\s*)\?\?\? abstract "Fields"$', r'\1??? abstract "Field"', line)
        for english, indonesian in PHRASES.items():
            if english in line:
                line = line.replace(english, indonesian)
        line = re.sub(r"^- \[([^\]]+)\]", lambda m: f"- [{TAGS.get(m[1], m[1])}]", line)
        out.append(line)
    return "\n".join(out)
