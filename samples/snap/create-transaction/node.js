const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const snap = new midtransClient.Snap({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

const address = {
  first_name: "Budi",
  last_name: "Santoso",
  email: "budi.santoso@example.com",
  phone: "+6281234567890",
  address: "Jl. Sudirman No. 12",
  city: "Jakarta",
  postal_code: "12190",
  country_code: "IDN",
};

snap
  .createTransaction({
    transaction_details: {
      order_id: "ORDER-2026-0001",
      gross_amount: 250000,
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
      billing_address: address,
      shipping_address: address,
    },
    credit_card: { secure: true },
    callbacks: { finish: "https://example.com/checkout/finish" },
  })
  .then((transaction) => {
    // Send the token to your frontend; keep redirect_url for redirect mode.
    console.log(transaction.token);
    console.log(transaction.redirect_url);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
