const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "bank_transfer",
    transaction_details: {
      order_id: "ORDER-2026-1202",
      gross_amount: 350000,
    },
    item_details: [
      {
        id: "SKU-SHOES-42",
        name: "Running shoes, size 42",
        price: 350000,
        quantity: 1,
      },
    ],
    customer_details: {
      first_name: "Budi",
      last_name: "Santoso",
      email: "budi.santoso@example.com",
      phone: "+6281234567890",
    },
    bank_transfer: { bank: "permata" },
  })
  .then((charge) => {
    // Permata returns a top-level permata_va_number instead of va_numbers.
    console.log(charge.permata_va_number);
    console.log(charge.transaction_status); // "pending" until the transfer arrives
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
