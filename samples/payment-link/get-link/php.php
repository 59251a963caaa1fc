<?php
// The server key stays on your server. Read it from your secret store in production.
$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';

$ch = curl_init('https://api.sandbox.midtrans.com/v1/payment-links/ORDER-2026-0101');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'GET',
    CURLOPT_USERPWD => $serverKey . ':', // HTTP Basic: base64(key + ":")
    CURLOPT_HTTPHEADER => [
        'Accept: application/json',
    ],
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 30,
]);
$reply = curl_exec($ch);
if ($reply === false) {
    echo 'Connection error: ' . curl_error($ch) . PHP_EOL;
    exit(1);
}
$status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
curl_close($ch);

$result = json_decode($reply, true);
if ($status >= 400) {
    // Payment Link errors arrive in error_messages
    echo $status . ' ' . $reply . PHP_EOL;
    exit(1);
}

echo $result['payment_link_url'] . PHP_EOL;
echo 'used ' . $result['usage'] . ' of ' . $result['usage_limit'] . ' times' . PHP_EOL;
foreach ($result['purchases'] ?? [] as $purchase) {
    echo $purchase['order_id'] . ' ' . $purchase['payment_status'] . PHP_EOL;
}
