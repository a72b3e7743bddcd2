/*
 * Builds the task pane, the ribbon-command page and the engine worker into dist/, with the help
 * page and the manifest: the development one as it is, or with STOPLICHT_BASE_URL (or
 * `--env STOPLICHT_BASE_URL=…`, which any shell takes) one whose every URL is under that base.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// The manifest's rewriting is TypeScript, typed and tested with the rest (tests/manifest).
const tsx = require("tsx/cjs/api");
const { publishBase, PublishBaseError } = tsx.require("./scripts/manifest/publishBase.ts", __filename);
const { publishManifest } = tsx.require("./scripts/manifest/publishManifest.ts", __filename);

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const DEV_PORT = 3000;

/** The pages load only their own bundle and office.js; Griffel (Fluent UI) needs inline styles. */
function contentSecurityPolicy(dev) {
  const connect = ["'self'", OFFICE_CDN, ...(dev ? [`wss://localhost:${DEV_PORT}`] : [])];
  return [
    "default-src 'none'",
    `script-src 'self' ${OFFICE_CDN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join("; ");
}

/** The base from the command line's `--env` or the environment; a wrong one ends the build before it starts. */
function baseUrl(env) {
  try {
    const base = publishBase(env.STOPLICHT_BASE_URL ?? process.env.STOPLICHT_BASE_URL);
    // Said once, so that a base completed with its "/" is seen as the build took it.
    if (base) console.log(`dist/manifest.xml: every URL under ${base.href}`);
    return base;
  } catch (e) {
    if (!(e instanceof PublishBaseError)) throw e;
    // The message alone: it says what is wrong and what a right value looks like; a stack would bury it.
    console.error(`\n${e.message}\n`);
    process.exit(2);
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const csp = contentSecurityPolicy(dev);
  const base = baseUrl(env);
  const config = {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      "engine.worker": "./src/taskpane/engine.worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      globalObject: "self",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.webpack.json", transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        csp,
        hash: true,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        csp,
        hash: true,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The manifest's SupportUrl and LearnMoreUrl.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            ...(base && { transform: (content) => publishManifest(content.toString("utf8"), base) }),
          },
        ],
      }),
    ],
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
  };
  // Certificates only for `webpack serve`: installing them may call sudo, so a production build never touches them.
  if (env.WEBPACK_SERVE) {
    const devCerts = require("office-addin-dev-certs");
    config.devServer = {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devCerts.getHttpsServerOptions() },
      static: { directory: path.resolve(__dirname, "dist") },
    };
  }
  return config;
};
