-- wrk script: POST batches of new evidence to the evaluate endpoint of the tanyin sample village.
-- Arguments (after --): key run members batch [rate]
--   key      a PIPELINE key of tanyin          run      the member-id prefix WrkSetup registered
--   members  how many members WrkSetup registered   batch  evidence per request
--   rate     optional: requests/s for all connections together (each connection waits between requests)
-- Every evidence id is new: the run, the wrk thread and a counter per thread.
local threads = {}
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local types = {"PATROL", "CLEANING", "VOLUNTEER", "LITTERING", "ELDER_CARE", "CLUTTER"}
local key, run, members, batch, pause
sent, failed = 0, 0
local n = 0
local phase = tostring(os.time())

function init(args)
  key, run, members, batch = args[1], args[2], tonumber(args[3]), tonumber(args[4])
  if args[5] then
    pause = 1000 * (tonumber(args[6] or "1")) / tonumber(args[5])
  end
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-Api-Key"] = key
end

function delay()
  return pause or 0
end

function request()
  local parts = {}
  for i = 1, batch do
    n = n + 1
    local m = (n * 7919 + tid * 104729) % members
    local day = math.floor(n / 500) % 600
    local at = os.date("!%Y-%m-%dT%H:%M:%S", 1717228800 + day * 86400 + (n % 600) * 60)
    parts[i] = string.format('{"id":"w%s-%s-%d-%d","type":"%s","memberId":"b%s-%d","occurredAt":"%s",'
      .. '"status":"APPROVED","minutes":90,"quantity":1}', run, phase, tid, n, types[n % #types + 1], run, m, at)
  end
  return wrk.format(nil, nil, nil, '{"evidence":[' .. table.concat(parts, ",") .. ']}')
end

function response(status, headers, body)
  sent = sent + 1
  if status ~= 200 or string.find(body, '"status":"FAILED"', 1, true) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, t in ipairs(threads) do
    ok = ok + t:get("sent")
    bad = bad + t:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d failed=%d seconds=%.2f req_per_s=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    ok, bad, seconds, ok / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
