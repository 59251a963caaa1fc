<?php
// Use the creator API key. Keep it on your server and read it from your secret store in production.
$apiKey = 'IRIS-YOUR_CREATOR_API_KEY';

$ch = curl_init('https://app.sandbox.midtrans.com/iris/api/v1/account_validation?bank=mandiri&account=1111222233333');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'GET',
    CURLOPT_USERPWD => $apiKey . ':', // HTTP Basic: base64(key + ":")
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
    // IRIS explains errors in error_message and errors
    echo $status . ' ' . $reply . PHP_EOL;
    exit(1);
}

// Compare account_name with the name your user typed before you save the beneficiary.
echo $result['account_name'] . ' ' . $result['account_no'] . ' ' . $result['bank_name'] . PHP_EOL;
