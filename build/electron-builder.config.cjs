// electron-builder configuration: `npm run dist` (predist builds the renderer, the shell and the
// Electron build of better-sqlite3 first). See docs/electron.md.

/** @type {import('electron-builder').Configuration} */
const config = {
  appId: 'nl.wijkoverleg.app',
  productName: 'Wijkoverleg',
  copyright: 'Wijkoverleg — EUPL-1.2',
  directories: {
    output: 'release',
    buildResources: 'build',
  },

  // Only the bundles and package.json from the project; electron-builder adds the production
  // node_modules (better-sqlite3 and its JS dependencies) by itself.
  files: [
    'dist/**',
    'package.json',
    '!dist/**/*.map',
    // better-sqlite3's own build/ holds the *Node* ABI addon plus compiler output, and its sources
    // are not needed at runtime: the app loads our Electron build from resources/native instead.
    '!node_modules/better-sqlite3/build/**',
    '!node_modules/better-sqlite3/deps/**',
    '!node_modules/better-sqlite3/src/**',
    '!node_modules/better-sqlite3/binding.gyp',
  ],
  asar: true,

  // Both off on purpose: a rebuild would recompile better-sqlite3 *inside node_modules* for
  // Electron's ABI, overwriting the Node build that `npm test` uses. We ship our own Electron
  // build instead (scripts/native-electron.mjs), as an extra resource outside the asar.
  npmRebuild: false,
  buildDependenciesFromSource: false,
  nodeGypRebuild: false,
  extraResources: [
    { from: '.native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' },
    // Noto Sans (SIL OFL 1.1, licence beside it): embedded in every PDF the app makes.
    { from: 'build/fonts', to: 'fonts', filter: ['*.ttf', 'OFL.txt'] },
  ],

  // Only Dutch and English Chromium locales: the UI is Dutch, en-US is Chromium's fallback.
  electronLanguages: ['nl', 'en-US'],

  // Electron fuses, flipped in the binary at package time (https://www.electronjs.org/docs/latest/tutorial/fuses).
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
    // electron-builder embeds the hash of app.asar; Electron then refuses a tampered archive
    // (macOS and Windows; Electron does not check it on Linux). Together with onlyLoadAppFromAsar
    // nobody can swap the app's code next to the binary.
    enableEmbeddedAsarIntegrityValidation: true,
  },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icons/512x512.png',
  },
  nsis: {
    // Per-user, assisted installer: municipal laptops often lack admin rights.
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    installerLanguages: ['nl_NL'],
    language: '1043',
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'Wijkoverleg',
    // Never delete the meeting database on uninstall.
    deleteAppDataOnUninstall: false,
  },

  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    icon: 'build/icons/512x512.png',
  },
  dmg: {
    title: 'Wijkoverleg ${version}',
  },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Wijkoverleg <beheer@wijkoverleg.nl>',
    synopsis: 'Vergaderen, signalen en afspraken van het wijk-coördinatieteam',
    description: 'Wijkoverleg ondersteunt gemeentelijke wijkteams bij het voorbereiden en vastleggen van hun overleggen.',
    icon: 'build/icons',
    executableName: 'wijkoverleg',
  },
};

module.exports = config;
