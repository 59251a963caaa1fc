const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "akulaku",
    transaction_details: {
      order_id: "ORDER-2026-1401",
      gross_amount: 1500000,
    },
    item_details: [
      {
        id: "SKU-PHONE-A1",
        name: "Smartphone A1, 128 GB",
        price: 1500000,
        quantity: 1,
      },
    ],
    customer_details: {
      first_name: "Budi",
      last_name: "Santoso",
      email: "budi.santoso@example.com",
      phone: "+6281234567890",
    },
  })
  .then((charge) => {
    // Send the customer to redirect_url (server-side redirect or a link).
    console.log(charge.redirect_url);
    console.log(charge.transaction_status); // "pending" until the provider approves
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
