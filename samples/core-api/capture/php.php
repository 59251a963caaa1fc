<?php
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// \Midtrans\CoreApi::capture() sends only transaction_id (it captures the full amount).
// To send gross_amount as well, call the endpoint directly.

$payload = json_encode([
    'transaction_id' => 'b7c2e9f4-1a3d-4c58-8e6b-9f0a2d4c6e81',
    'gross_amount' => 250000,
]);

$ch = curl_init(\Midtrans\Config::getBaseUrl() . '/v2/capture');
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_POSTFIELDS => $payload,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_USERPWD => \Midtrans\Config::$serverKey . ':',
    CURLOPT_HTTPHEADER => ['Accept: application/json', 'Content-Type: application/json'],
]);
$reply = curl_exec($ch);
if ($reply === false) {
    echo curl_error($ch) . PHP_EOL;
    exit(1);
}

$capture = json_decode($reply);
// transaction_status moves from authorize to capture.
echo $capture->status_code . PHP_EOL;
echo $capture->transaction_status . PHP_EOL;
