// The server key stays on your server. Read it from your secret store in production.
const serverKey = "SB-Mid-server-YOUR_SERVER_KEY";
const auth = Buffer.from(`${serverKey}:`).toString("base64"); // HTTP Basic: base64(key + ":")

async function main() {
  const response = await fetch("https://api.sandbox.midtrans.com/v1/payment-links", {
    method: "POST",
    headers: {
      Accept: "application/json",
      "Content-Type": "application/json",
      Authorization: `Basic ${auth}`,
    },
    body: JSON.stringify({
      transaction_details: {
        order_id: "ORDER-2026-0101",
        gross_amount: 300000,
        payment_link_id: "batik-7f3a9c2e51d84b06",
      },
      customer_required: true,
      usage_limit: 1,
      expiry: {
        duration: 7,
        unit: "days",
      },
      enabled_payments: ["credit_card", "bca_va", "gopay", "other_qris"],
      item_details: [
        {
          id: "SKU-BATIK-L",
          name: "Batik shirt, size L",
          price: 150000,
          quantity: 2,
        },
      ],
      customer_details: {
        first_name: "Siti",
        last_name: "Rahayu",
        email: "siti.rahayu@example.com",
        phone: "+6281298765432",
        notes: "Thank you for your order. Pay within 7 days to reserve your shirts.",
        customer_details_required_fields: ["first_name", "phone", "email"],
      },
      credit_card: {
        secure: true,
      },
      custom_field1: "ORDER-2026-0101",
      callbacks: {
        finish: "https://shop.example.com/orders/ORDER-2026-0101",
      },
    }),
  });
  const result = await response.json();
  if (!response.ok) {
    // Payment Link errors arrive in error_messages
    console.error(response.status, result);
    return;
  }
  // Share payment_url with your customer.
  console.log(result.order_id);
  console.log(result.payment_url);
}

main().catch((error) => console.error(error));
