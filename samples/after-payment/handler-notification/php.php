<?php
// Midtrans HTTP notification handler (plain PHP with midtrans/midtrans-php and PDO).
// Install: composer require midtrans/midtrans-php
// Serve this file at https://<your-host>/midtrans/notification
require_once __DIR__ . '/vendor/autoload.php';

// The server key stays on your server. Read it from your secret store in production.
\Midtrans\Config::$serverKey = getenv('MIDTRANS_SERVER_KEY') ?: 'SB-Mid-server-YOUR_SERVER_KEY';
\Midtrans\Config::$isProduction = false;

// Your orders table, for example:
//   CREATE TABLE orders (order_id VARCHAR(50) PRIMARY KEY, amount VARCHAR(20) NOT NULL,
//     state VARCHAR(20) NOT NULL, stage INT NOT NULL DEFAULT 0, fulfilled INT NOT NULL DEFAULT 0);
$pdo = new PDO(getenv('DATABASE_DSN') ?: 'sqlite:' . __DIR__ . '/orders.db');
$pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);

// Later stages never move back to earlier ones: a stale or out-of-order
// notification cannot turn a paid order back into "awaiting_payment".
const STAGE = [
    'awaiting_payment' => 0, 'authorized' => 0, 'review' => 0,
    'paid' => 1, 'failed' => 1,
    'partial_refund' => 2, 'refund' => 2, 'partial_chargeback' => 2, 'chargeback' => 2,
];

function respond(int $code, string $text): void
{
    http_response_code($code);
    echo $text;
    exit;
}

// Map the confirmed Midtrans status to the state of your order.
function orderState(object $status): ?string
{
    $transactionStatus = $status->transaction_status ?? null;
    $fraudStatus = $status->fraud_status ?? null; // absent for some payment methods
    if ($transactionStatus === 'capture') {
        if ($fraudStatus === 'challenge') {
            return 'review'; // accept or deny it in the Dashboard or with the API
        }
        return ($fraudStatus === null || $fraudStatus === 'accept') ? 'paid' : 'failed';
    }
    if ($transactionStatus === 'settlement') {
        return 'paid';
    }
    if ($transactionStatus === 'pending') {
        return 'awaiting_payment';
    }
    if ($transactionStatus === 'authorize') {
        return 'authorized'; // pre-authorized card: capture it to get paid
    }
    if (in_array($transactionStatus, ['deny', 'cancel', 'expire', 'failure'], true)) {
        return 'failed';
    }
    if (in_array($transactionStatus, ['refund', 'partial_refund', 'chargeback', 'partial_chargeback'], true)) {
        return $transactionStatus;
    }
    return null; // a status this code does not know yet: store it and look
}

function fulfill(string $orderId): void
{
    // Send goods, grant access, e-mail the receipt. For slow work, put a job on a
    // queue here and return: the notification must be answered quickly.
    error_log("Fulfilling order $orderId");
}

$body = json_decode(file_get_contents('php://input'), true); // unknown fields are ignored
foreach (['order_id', 'status_code', 'gross_amount', 'signature_key', 'transaction_id'] as $key) {
    if (!is_array($body) || !isset($body[$key]) || !is_string($body[$key])) {
        respond(400, 'Bad request');
    }
}

// 1. Authenticity: signature_key = SHA512(order_id + status_code + gross_amount + server key).
$expected = hash('sha512', $body['order_id'] . $body['status_code'] . $body['gross_amount'] . \Midtrans\Config::$serverKey);
if (!hash_equals($expected, $body['signature_key'])) {
    respond(403, 'Invalid signature');
}

$find = $pdo->prepare('SELECT amount FROM orders WHERE order_id = ?');
$find->execute([$body['order_id']]);
$amount = $find->fetchColumn();
if ($amount === false) {
    respond(404, 'Unknown order'); // Midtrans retries 400 and 404 twice
}

// 2. Confirm with GET status: it always returns the latest status,
//    so a delayed or out-of-order notification cannot mislead you.
try {
    $status = \Midtrans\Transaction::status($body['transaction_id']);
} catch (Exception $e) {
    error_log('GET status failed for ' . $body['order_id'] . ': ' . $e->getMessage());
    respond(503, 'Try again later'); // Midtrans retries 503 four times
}

if (($status->order_id ?? null) !== $body['order_id'] || ($status->gross_amount ?? null) !== $amount) {
    error_log('Order or amount mismatch for ' . $body['order_id']);
    respond(200, 'OK'); // a retry cannot fix this; review it by hand
}

$newState = orderState($status);
if ($newState === null) {
    error_log('Unhandled status ' . ($status->transaction_status ?? ''));
    respond(200, 'OK');
}

// 3. Idempotent update with conditional UPDATEs: each is atomic in the database,
//    so duplicate or concurrent notifications apply a change once and ship once.
$update = $pdo->prepare('UPDATE orders SET state = ?, stage = ? WHERE order_id = ? AND stage <= ?');
$update->execute([$newState, STAGE[$newState], $body['order_id'], STAGE[$newState]]);

if ($newState === 'paid') {
    $claim = $pdo->prepare('UPDATE orders SET fulfilled = 1 WHERE order_id = ? AND fulfilled = 0');
    $claim->execute([$body['order_id']]);
    if ($claim->rowCount() === 1) { // only the first request gets here
        fulfill($body['order_id']);
    }
} elseif ($newState === 'failed' && $update->rowCount() === 1) {
    $check = $pdo->prepare('SELECT fulfilled FROM orders WHERE order_id = ?');
    $check->execute([$body['order_id']]);
    if ((int) $check->fetchColumn() === 1) {
        error_log('Order ' . $body['order_id'] . ' was fulfilled but is now ' . $status->transaction_status);
    }
}

// 4. Answer 200 fast (Midtrans waits at most 15 seconds).
respond(200, 'OK');
