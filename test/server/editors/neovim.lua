-- Drives the language server from headless Neovim as a user's init.lua would (plain
-- vim.lsp.start_client, Neovim 0.7's API), and writes what it saw to $POSTMORTEM_NVIM_RESULTS as
-- JSON for test/editors/neovim.test.ts to judge. Paths come from the environment.
local root = vim.env.POSTMORTEM_NVIM_ROOT
local results = {}
local raw = {} -- the last publishDiagnostics of each URI, as the server sent it
local versions = {} -- their document version: none for a closed file's (the workspace index's)

local function codes(uri)
  local seen = {}
  for _, d in ipairs(raw[uri] or {}) do
    seen[#seen + 1] = tostring(d.code)
  end
  table.sort(seen)
  return seen
end

local function has(uri, code)
  return vim.tbl_contains(codes(uri), code)
end

local client_id = vim.lsp.start_client({
  name = 'postmortem',
  cmd = { vim.env.POSTMORTEM_NVIM_NODE, vim.env.POSTMORTEM_NVIM_SERVER, '--stdio' },
  root_dir = root,
  -- An empty Lua table: JSON [] on the wire, where the server expects an object.
  init_options = { postmortem = { profile = 'google-sre', rules = {} } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
      raw[params.uri] = params.diagnostics
      versions[params.uri] = params.version
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, config)
    end,
  },
})
results.started = client_id ~= nil

local function open(relative)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. relative))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  return bufnr, vim.uri_from_bufnr(bufnr)
end

-- 1. Settings from init_options: google-sre requires sections the DNS postmortem lacks.
local _, dns = open('postmortems/2024-05-02-dns-incident.md')
results.initOptionsApplied = vim.wait(15000, function() return has(dns, 'missing-section') end, 50)
results.dnsCodesFirst = codes(dns)

-- 2. Settings pushed later (an empty table again): back to the default profile.
vim.lsp.get_client_by_id(client_id).notify('workspace/didChangeConfiguration', { settings = { postmortem = {} } })
results.pushedSettingsApplied = vim.wait(15000, function() return raw[dns] ~= nil and not has(dns, 'missing-section') end, 50)

-- 3. A configuration file written on disk: Neovim 0.7 watches no files for the server, its own watcher does.
local rc = io.open(root .. '/.postmortemrc.json', 'w')
rc:write('{ "profile": "google-sre" }')
rc:close()
results.configFileSeen = vim.wait(15000, function() return has(dns, 'missing-section') end, 50)

-- 4. A quick fix: the ownerless action item of the checkout postmortem gets an owner placeholder.
local checkout_buf, checkout = open('postmortems/2024-03-12-checkout-outage.md')
-- The findings of the open buffer, not those the workspace index published while the file was closed.
vim.wait(15000, function() return versions[checkout] ~= nil and has(checkout, 'action-item-owner') end, 50)
local ownerless
for _, d in ipairs(raw[checkout] or {}) do
  if d.code == 'action-item-owner' then ownerless = d end
end
results.ownerlessFound = ownerless ~= nil
if ownerless then
  local answers = vim.lsp.buf_request_sync(checkout_buf, 'textDocument/codeAction', {
    textDocument = { uri = checkout },
    range = ownerless.range,
    context = { diagnostics = { ownerless } },
  }, 10000)
  local titles, chosen = {}, nil
  for _, answer in pairs(answers or {}) do
    for _, action in ipairs(answer.result or {}) do
      titles[#titles + 1] = action.title
      if action.title == 'Add owner placeholder' then chosen = action end
    end
  end
  results.actionTitles = titles
  if chosen and chosen.edit then
    vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
    local line = vim.api.nvim_buf_get_lines(checkout_buf, ownerless.range.start.line, ownerless.range.start.line + 1, false)[1]
    results.fixedLine = line
    -- Neovim sends the edit to the server (didChange); the findings of the new version follow.
    local before = versions[checkout]
    results.fixRechecked = vim.wait(15000, function() return versions[checkout] ~= nil and versions[checkout] > before end, 50)
    results.findingsOnFixedLine = {}
    for _, d in ipairs(raw[checkout] or {}) do
      if d.range.start.line == ownerless.range.start.line then
        results.findingsOnFixedLine[#results.findingsOnFixedLine + 1] = tostring(d.code) .. ': ' .. d.message
      end
    end
  end
end

local out = io.open(vim.env.POSTMORTEM_NVIM_RESULTS, 'w')
out:write(vim.fn.json_encode(results))
out:close()
vim.lsp.stop_client(client_id)
vim.cmd('qall!')
