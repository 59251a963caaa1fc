const midtransClient = require("midtrans-client");

// Use the creator API key. Keep it on your server and read it from your secret store in production.
// The SDK calls the option serverKey; it holds your IRIS API key.
const iris = new midtransClient.Iris({
  isProduction: false,
  serverKey: "IRIS-YOUR_CREATOR_API_KEY",
});

iris
  .getBeneficiaryBanks()
  .then((result) => {
    for (const bank of result.beneficiary_banks) {
      console.log(bank.code, bank.name);
    }
  })
  .catch((error) => {
    // IRIS explains errors in error_message and errors
    console.error(error.httpStatusCode, error.ApiResponse);
  });
