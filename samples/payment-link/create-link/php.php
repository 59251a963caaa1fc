<?php
// The server key stays on your server. Read it from your secret store in production.
$serverKey = 'SB-Mid-server-YOUR_SERVER_KEY';

$body = [
    'transaction_details' => [
        'order_id' => 'ORDER-2026-0101',
        'gross_amount' => 300000,
        'payment_link_id' => 'batik-7f3a9c2e51d84b06',
    ],
    'customer_required' => true,
    'usage_limit' => 1,
    'expiry' => [
        'duration' => 7,
        'unit' => 'days',
    ],
    'enabled_payments' => ['credit_card', 'bca_va', 'gopay', 'other_qris'],
    'item_details' => [
        [
            'id' => 'SKU-BATIK-L',
            'name' => 'Batik shirt, size L',
            'price' => 150000,
            'quantity' => 2,
        ],
    ],
    'customer_details' => [
        'first_name' => 'Siti',
        'last_name' => 'Rahayu',
        'email' => 'siti.rahayu@example.com',
        'phone' => '+6281298765432',
        'notes' => 'Thank you for your order. Pay within 7 days to reserve your shirts.',
        'customer_details_required_fields' => ['first_name', 'phone', 'email'],
    ],
    'credit_card' => [
        'secure' => true,
    ],
    'custom_field1' => 'ORDER-2026-0101',
    'callbacks' => [
        'finish' => 'https://shop.example.com/orders/ORDER-2026-0101',
    ],
];

$ch = curl_init('https://api.sandbox.midtrans.com/v1/payment-links');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_USERPWD => $serverKey . ':', // HTTP Basic: base64(key + ":")
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
    // Payment Link errors arrive in error_messages
    echo $status . ' ' . $reply . PHP_EOL;
    exit(1);
}

// Share payment_url with your customer.
echo $result['order_id'] . PHP_EOL;
echo $result['payment_url'] . PHP_EOL;
