const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

// The SDK has no header option; set them on its Axios instance (sent with every request).
core.httpClient.http_client.defaults.headers.common["X-Override-Notification"] =
  "https://example.com/midtrans/notifications";
// One key per operation; reuse it only to retry this same charge.
core.httpClient.http_client.defaults.headers.common["Idempotency-Key"] =
  "8c2f6a1e-4d7b-4f3a-9b5e-1a0c3e7d9f24";

core
  .charge({
    payment_type: "bank_transfer",
    transaction_details: {
      order_id: "ORDER-2026-0401",
      gross_amount: 250000,
    },
    bank_transfer: {
      bank: "bca",
    },
    item_details: [
      {
        id: "SKU-TSHIRT-M",
        name: "Cotton T-shirt, size M",
        price: 125000,
        quantity: 2,
      },
    ],
    customer_details: {
      first_name: "Budi",
      last_name: "Santoso",
      email: "budi.santoso@example.com",
      phone: "+6281234567890",
    },
    custom_field1: "channel=web",
    custom_field2: "store=jakarta-01",
    custom_field3: "campaign=new-year-2026",
    custom_expiry: {
      order_time: "2026-01-15 13:00:00 +0700",
      expiry_duration: 120,
      unit: "minute",
    },
    metadata: {
      cart_id: "CART-88231",
      loyalty_tier: "gold",
    },
  })
  .then((charge) => {
    // Show the VA number and the deadline to the customer.
    console.log(charge.va_numbers[0].va_number);
    console.log(charge.expiry_time);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
