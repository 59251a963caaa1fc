const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .charge({
    payment_type: "shopeepay",
    transaction_details: {
      order_id: "ORDER-2026-1601",
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
    shopeepay: { callback_url: "https://shop.example.com/payment/finish" },
  })
  .then((charge) => {
    // Open the deeplink on the customer's phone to launch the Shopee app.
    const deeplink = charge.actions.find((a) => a.name === "deeplink-redirect").url;
    console.log(deeplink);
    console.log(charge.transaction_status); // "pending" until the customer pays
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
