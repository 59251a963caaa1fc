const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "cstore",
    transaction_details: {
      order_id: "ORDER-2026-1302",
      gross_amount: 150000,
    },
    item_details: [
      {
        id: "SKU-MUG-01",
        name: "Ceramic mug",
        price: 75000,
        quantity: 2,
      },
    ],
    customer_details: {
      first_name: "Budi",
      last_name: "Santoso",
      email: "budi.santoso@example.com",
      phone: "+6281234567890",
    },
    cstore: {
      store: "alfamart",
      message: "Example Shop order",
      alfamart_free_text_1: "Thank you for shopping at Example Shop.",
      alfamart_free_text_2: "Keep this receipt as proof of payment.",
      alfamart_free_text_3: "Questions? support@example.com",
    },
  })
  .then((charge) => {
    // Show the payment code, the store name and the exact amount to the customer.
    console.log(charge.store, charge.payment_code);
    console.log(charge.transaction_status); // "pending" until the customer pays at the counter
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
