-- 70-saves.lua: wrk's requests for tools/bench/70-saves.sh. Each request records a new
-- contact for the next child of the list (children.txt, one record id a line), each
-- thread starting at its own place in it, so that the saves of a run fall on many
-- children at once; the answers are counted by status, for the script to compare with
-- what the store holds afterwards.
local threads = {}
local n = 0

function setup(thread)
	n = n + 1
	thread:set("number", n)
	table.insert(threads, thread)
end

local ids = {}
local next_one = 1
local outcomes = {"advice", "early_help", "no_further_action", "referral"}
saved = 0
refused = 0
today = nil

function init(args)
	for line in io.lines(args[1] or "children.txt") do
		if line ~= "" then
			ids[#ids + 1] = line
		end
	end
	today = args[2] or "2026-12-02"
	next_one = ((number or 1) - 1) * 17 % #ids + 1
	wrk.method = "POST"
	wrk.headers["Content-Type"] = "application/json"
end

function request()
	local child = ids[next_one]
	local outcome = outcomes[next_one % #outcomes + 1]
	next_one = next_one % #ids + 1
	return wrk.format(nil, "/api/v1/contacts", nil, '{"child_id": ' .. child ..
		', "received_date": "' .. today .. '", "source": "2A", ' ..
		'"outcome": "' .. outcome .. '"}')
end

function response(status, headers, body)
	if status == 201 then
		saved = saved + 1
	else
		refused = refused + 1
		if refused <= 3 then
			io.stderr:write("70-saves.lua: " .. status .. " " .. body .. "\n")
		end
	end
end

function done(summary, latency, requests)
	local s, r = 0, 0
	for _, t in ipairs(threads) do
		s = s + t:get("saved")
		r = r + t:get("refused")
	end
	io.write(string.format("saves answered 201: %d\nsaves refused: %d\n", s, r))
end
