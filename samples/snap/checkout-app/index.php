<?php
// Snap checkout (plain PHP with its curl extension): creates the Snap
// token, serves the payment page and confirms HTTP notifications.
// Sandbox only. Run: php -S localhost:3000 index.php

// Keys come from the environment, never from code.
$serverKey = trim((string) getenv('MIDTRANS_SERVER_KEY'));
$clientKey = trim((string) getenv('MIDTRANS_CLIENT_KEY'));
// API hosts: sandbox, unless the environment names others
// (the tests point them at a local fake).
$snapUrl = getenv('MIDTRANS_SNAP_URL')
    ?: 'https://app.sandbox.midtrans.com/snap/v1';
$apiUrl = getenv('MIDTRANS_API_URL') ?: 'https://api.sandbox.midtrans.com';

// Calls the Midtrans API with the server key (Basic auth, empty
// password); returns [HTTP status, decoded JSON body].
function midtrans(string $method, string $url, ?array $body = null): array
{
    global $serverKey;
    $curl = curl_init($url);
    curl_setopt_array($curl, [
        CURLOPT_CUSTOMREQUEST => $method,
        CURLOPT_USERPWD => $serverKey . ':',
        CURLOPT_HTTPHEADER => [
            'Accept: application/json',
            'Content-Type: application/json',
        ],
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 10,
    ]);
    if ($body !== null) {
        curl_setopt($curl, CURLOPT_POSTFIELDS, json_encode($body));
    }
    $response = curl_exec($curl);
    $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    curl_close($curl);
    $json = is_string($response) ? json_decode($response, true) : null;
    return [$status, $json];
}

function reply(int $code, string $type, string $text): void
{
    http_response_code($code);
    header("Content-Type: $type");
    echo $text;
    exit;
}

$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$route = $_SERVER['REQUEST_METHOD'] . ' ' . $path;

if ($route === 'GET /') {
    $page = file_get_contents(__DIR__ . '/checkout.html');
    $key = htmlspecialchars($clientKey);
    reply(200, 'text/html', str_replace('__CLIENT_KEY__', $key, $page));
}

// The server sets items and amount: never take a price from the browser.
if ($route === 'POST /api/checkout') {
    [$status, $transaction] = midtrans('POST', "$snapUrl/transactions", [
        'transaction_details' => [
            'order_id' => 'ORDER-' . bin2hex(random_bytes(16)),
            'gross_amount' => 250000,
        ],
        'item_details' => [[
            'id' => 'SKU-TSHIRT-M',
            'name' => 'Cotton T-shirt, size M',
            'price' => 125000,
            'quantity' => 2,
        ]],
        'credit_card' => ['secure' => true],
    ]);
    if ($status !== 201 || !isset($transaction['token'])) {
        error_log("Snap API error $status: " . json_encode($transaction));
        $error = json_encode(['error' => 'Could not create the payment']);
        reply(502, 'application/json', $error);
    }
    $answer = json_encode(['token' => $transaction['token']]);
    reply(200, 'application/json', $answer);
}

if ($route === 'POST /midtrans/notification') {
    $body = json_decode(file_get_contents('php://input'), true);
    if (!is_array($body)) {
        reply(403, 'text/plain', 'Invalid signature');
    }
    // signature_key: SHA-512 hex of order_id, status_code, gross_amount
    // and the server key, joined.
    $signed = ($body['order_id'] ?? '') . ($body['status_code'] ?? '')
        . ($body['gross_amount'] ?? '') . $serverKey;
    $received = (string) ($body['signature_key'] ?? '');
    if (!hash_equals(hash('sha512', $signed), $received)) {
        reply(403, 'text/plain', 'Invalid signature');
    }
    // Trust only the status Midtrans gives you now.
    $id = rawurlencode((string) ($body['transaction_id'] ?? ''));
    [$status, $transaction] = midtrans('GET', "$apiUrl/v2/$id/status");
    if ($status !== 200 || !isset($transaction['transaction_status'])) {
        reply(503, 'text/plain', 'Try again later'); // Midtrans sends it again
    }
    // Update your order here.
    $state = $transaction['transaction_status'];
    error_log("Order {$transaction['order_id']}: $state");
    reply(200, 'text/plain', 'OK');
}

reply(404, 'text/plain', 'Not found');
