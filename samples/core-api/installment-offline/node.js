const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "credit_card",
    transaction_details: {
      order_id: "ORDER-2026-0202",
      gross_amount: 3600000,
    },
    credit_card: {
      token_id: "48111111-1114-5a1c8e3b-9f2d-4b67-a4e0-3d7b9c2f1e58",
      authentication: true,
      bank: "mandiri",
      installment_term: 12,
      bins: ["48111111", "52111111"],
    },
    item_details: [
      {
        id: "SKU-LAPTOP-14",
        name: "Laptop 14-inch, 16 GB RAM",
        price: 3600000,
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
    // Charged in full now; the issuing bank converts it to 12 installments later.
    console.log(charge.status_code);
    console.log(charge.transaction_status);
    console.log(charge.redirect_url);
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
