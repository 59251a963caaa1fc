const midtransClient = require("midtrans-client");

// The server key stays on your server. Read it from your secret store in production.
const core = new midtransClient.CoreApi({
  isProduction: false,
  serverKey: "SB-Mid-server-YOUR_SERVER_KEY",
});

core
  .linkPaymentAccount({
    payment_type: "gopay",
    gopay_partner: {
      phone_number: "8215023424",
      country_code: "62",
      redirect_url: "https://shop.example.com/gopay/linked",
    },
  })
  .then((account) => {
    // Decide on status_code in the response body.
    if (account.status_code === "201") {
      // Store account_id with the customer, then send them to an activation link.
      const actions = Object.fromEntries(account.actions.map((a) => [a.name, a.url]));
      console.log(account.account_id);
      console.log(account.account_status); // "PENDING" until the customer confirms
      console.log(actions["activation-link-url"]);
    } else {
      // "202": linking failed, for example "User Not Found". There are no actions.
      console.log(account.status_code, account.channel_response_message ?? "");
    }
  })
  .catch((error) => {
    console.error(error.httpStatusCode, error.ApiResponse);
  });
