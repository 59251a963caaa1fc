const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "qris",
    transaction_details: {
      order_id: "ORDER-2026-1602",
      gross_amount: 85000,
    },
    item_details: [
      {
        id: "SKU-TEA-BOBA",
        name: "Brown sugar milk tea",
        price: 42500,
        quantity: 2,
      },
    ],
    customer_details: {
      first_name: "Budi",
      last_name: "Santoso",
      email: "budi.santoso@example.com",
      phone: "+6281234567890",
    },
    qris: { acquirer: "gopay" },
  })
  .then((charge) => {
    // Either hotlink the QR image URL or render qr_string with your own QR library.
    const actions = Object.fromEntries(charge.actions.map((a) => [a.name, a.url]));
    console.log(actions["generate-qr-code"]);
    console.log(charge.qr_string);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
