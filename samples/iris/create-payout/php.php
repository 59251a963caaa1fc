<?php
// Use the creator API key. Keep it on your server and read it from your secret store in production.
$apiKey = 'IRIS-YOUR_CREATOR_API_KEY';

$body = [
    'payouts' => [
        [
            'beneficiary_name' => 'Budi Santoso',
            'beneficiary_account' => '0987654321',
            'beneficiary_bank' => 'bca',
            'beneficiary_email' => 'budi.santoso@example.com',
            'amount' => '150000.00',
            'notes' => 'Commission January 2026 ORDER-2026-0001',
        ],
        [
            'beneficiary_name' => 'Dewi Lestari',
            'beneficiary_account' => '1370012345678',
            'beneficiary_bank' => 'mandiri',
            'amount' => '275000.00',
            'notes' => 'Commission January 2026 ORDER-2026-0002',
        ],
    ],
];

$ch = curl_init('https://app.sandbox.midtrans.com/iris/api/v1/payouts');
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

// Store each reference_no: you need it to approve, reject and track the payout.
foreach ($result['payouts'] as $payout) {
    echo $payout['reference_no'] . ' ' . $payout['status'] . PHP_EOL;
}
