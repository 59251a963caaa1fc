<?php
// Use the approver API key. Keep it on your server and read it from your secret store in production.
$apiKey = 'IRIS-YOUR_APPROVER_API_KEY';

$body = [
    'reference_nos' => ['9e0a5d7c1f2b43'],
    'reject_reason' => 'Beneficiary requested payment next month',
];

$ch = curl_init('https://app.sandbox.midtrans.com/iris/api/v1/payouts/reject');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_USERPWD => $apiKey . ':', // HTTP Basic: base64(key + ":")
    CURLOPT_HTTPHEADER => [
        'Accept: application/json',
        'Content-Type: application/json',
    ],
    CURLOPT_POSTFIELDS => json_encode($body, JSON_UNESCAPED_SLASHES),
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
    // IRIS explains errors in error_message and errors
    echo $status . ' ' . $reply . PHP_EOL;
    exit(1);
}

echo $result['status'] . PHP_EOL;
