import type { Rule } from '../types.js';
import { ablyRules } from './ably.js';
import { appleRules } from './apple.js';
import { cypressRules } from './cypress.js';
import { riotGamesRules } from './riot-games.js';
import { uploadcareRules } from './uploadcare.js';
import { agoraRules } from './agora.js';
import { adyenRules } from './adyen.js';
import { anacondaRules } from './anaconda.js';
import { abuseipdbRules } from './abuseipdb.js';
import { adafruitIoRules } from './adafruit-io.js';
import { adobeRules } from './adobe.js';
import { airshipRules } from './airship.js';
import { airtableRules } from './airtable.js';
import { akamaiRules } from './akamai.js';
import { alchemyRules } from './alchemy.js';
import { algoliaRules } from './algolia.js';
import { alibabaCloudRules } from './alibaba-cloud.js';
import { amplitudeRules } from './amplitude.js';
import { anthropicRules } from './anthropic.js';
import { apifyRules } from './apify.js';
import { asanaRules } from './asana.js';
import { assemblyaiRules } from './assemblyai.js';
import { atlassianRules } from './atlassian.js';
import { authressRules } from './authress.js';
import { awsRules } from './aws.js';
import { azureDevopsRules } from './azure-devops.js';
import { azureRules } from './azure.js';
import { bannerbearRules } from './bannerbear.js';
import { baremetricsRules } from './baremetrics.js';
import { beamerRules } from './beamer.js';
import { besttimeRules } from './besttime.js';
import { binanceRules } from './binance.js';
import { bitlyRules } from './bitly.js';
import { bittrexRules } from './bittrex.js';
import { brevoRules } from './brevo.js';
import { budibaseRules } from './budibase.js';
import { buildkiteRules } from './buildkite.js';
import { bundlerRules } from './bundler.js';
import { callArgumentRules } from './call-arguments.js';
import { circleciRules } from './circleci.js';
import { ciscoMerakiRules } from './cisco-meraki.js';
import { clickhouseRules } from './clickhouse.js';
import { clickupRules } from './clickup.js';
import { clojarsRules } from './clojars.js';
import { closeRules } from './close.js';
import { cloudflareRules } from './cloudflare.js';
import { cloudinaryRules } from './cloudinary.js';
import { cloudsmithRules } from './cloudsmith.js';
import { codecovRules } from './codecov.js';
import { cohereRules } from './cohere.js';
import { coinbaseRules } from './coinbase.js';
import { columnRules } from './column.js';
import { confluentRules } from './confluent.js';
import { kafkaRules } from './kafka.js';
import { ovhRules } from './ovh.js';
import { spyfuRules } from './spyfu.js';
import { vantageRules } from './vantage.js';
import { coveoRules } from './coveo.js';
import { weaviateRules } from './weaviate.js';
import { milvusRules } from './milvus.js';
import { bitrix24Rules } from './bitrix24.js';
import { headscaleRules } from './headscale.js';
import { netbirdRules } from './netbird.js';
import { sourcehutRules } from './sourcehut.js';
import { giteaRules } from './gitea.js';
import { keapRules } from './keap.js';
import { laceworkRules } from './lacework.js';
import { secureframeRules } from './secureframe.js';
import { oracleHospitalityRules } from './oracle-hospitality.js';
import { xiboRules } from './xibo.js';
import { bitwardenRules } from './bitwarden.js';
import { conjurRules } from './conjur.js';
import { vpnAccountRules } from './vpn-accounts.js';
import { scaleAiRules } from './scale-ai.js';
import { mewsRules } from './mews.js';
import { mimecastRules } from './mimecast.js';
import { opslevelRules } from './opslevel.js';
import { homeAssistantWebhookRules } from './home-assistant-webhook.js';
import { kestraRules } from './kestra.js';
import { zeromqRules } from './zeromq.js';
import { oryRules } from './ory.js';
import { keycloakRules } from './keycloak.js';
import { fusionauthRules } from './fusionauth.js';
import { pulsarRules } from './pulsar.js';
import { gemfuryRules } from './gemfury.js';
import { mobileEngagementRules } from './mobile-engagement.js';
import { vespaRules } from './vespa.js';
import { liveblocksRules } from './liveblocks.js';
import { keyListRules, keyObjectRules, namedValueRules, nestedKeyRules, secretMapRules } from './nested-keys.js';
import { notebookOutputRules } from './notebook-output.js';
import { contentfulRules } from './contentful.js';
import { convexRules } from './convex.js';
import { convertapiRules } from './convertapi.js';
import { courierRules } from './courier.js';
import { cratesIoRules } from './crates-io.js';
import { commandLineRules } from './command-line.js';
import { authSettingRules, credentialRules, headerCheckRules, schemedPasswordRules } from './credentials.js';
import { djangoRules } from './django.js';
import { crowdinRules } from './crowdin.js';
import { cryptoRules } from './crypto.js';
import { dailyRules } from './daily.js';
import { databricksRules } from './databricks.js';
import { datadogRules } from './datadog.js';
import { deepgramRules } from './deepgram.js';
import { deepseekRules } from './deepseek.js';
import { definedNetworkingRules } from './defined-networking.js';
import { denoRules } from './deno.js';
import { dfuseRules } from './dfuse.js';
import { digitaloceanRules } from './digitalocean.js';
import { discordRules } from './discord.js';
import { dittoRules } from './ditto.js';
import { dockerHubRules } from './docker-hub.js';
import { dopplerRules } from './doppler.js';
import { droneCiRules } from './drone-ci.js';
import { dropboxRules } from './dropbox.js';
import { duffelRules } from './duffel.js';
import { dwollaRules } from './dwolla.js';
import { dynatraceRules } from './dynatrace.js';
import { easypostRules } from './easypost.js';
import { elevenlabsRules } from './elevenlabs.js';
import { endorLabsRules } from './endor-labs.js';
import { etherscanRules } from './etherscan.js';
import { etsyRules } from './etsy.js';
import { fastlyRules } from './fastly.js';
import { figmaRules } from './figma.js';
import { finageRules } from './finage.js';
import { finicityRules } from './finicity.js';
import { finnhubRules } from './finnhub.js';
import { firebaseRules } from './firebase.js';
import { firecrawlRules } from './firecrawl.js';
import { fleetbaseRules } from './fleetbase.js';
import { flexportRules } from './flexport.js';
import { flickrRules } from './flickr.js';
import { alphaVantageRules } from './alpha-vantage.js';
import { ankrRules } from './ankr.js';
import { blastRules } from './blast.js';
import { getblockRules } from './getblock.js';
import { chainstackRules } from './chainstack.js';
import { tenderlyRules } from './tenderly.js';
import { biconomyRules } from './biconomy.js';
import { thegraphRules } from './thegraph.js';
import { coinmarketcapRules } from './coinmarketcap.js';
import { chainlinkRules } from './chainlink.js';
import { polkadotRules } from './polkadot.js';
import { rtmpRules } from './rtmp.js';
import { sipRules } from './sip.js';
import { grandstreamRules } from './grandstream.js';
import { signalwireRules } from './signalwire.js';
import { steamRules } from './steam.js';
import { modrinthRules } from './modrinth.js';
import { vncRules } from './vnc.js';
import { dagsterRules } from './dagster.js';
import { emailRules } from './email.js';
import { zWaveRules } from './z-wave.js';
import { zigbee2mqttRules } from './zigbee2mqtt.js';
import { thingSpeakRules } from './thingspeak.js';
import { philipsHueRules } from './philips-hue.js';
import { openHabRules } from './openhab.js';
import { loRaWanRules } from './lorawan.js';
import { mercuryRules } from './mercury.js';
import { sapRules } from './sap.js';
import { avalaraRules } from './avalara.js';
import { k3sRules } from './k3s.js';
import { fileZillaRules } from './filezilla.js';
import { httpieRules } from './httpie.js';
import { mqttRules } from './mqtt.js';
import { espHomeRules } from './esphome.js';
import { balenaRules } from './balena.js';
import { orthancRules } from './orthanc.js';
import { dnsAutomationRules } from './dns-automation.js';
import { osintRules } from './osint.js';
import { homepageRules } from './homepage.js';
import { ebayRules } from './ebay.js';
import { seqeraRules } from './seqera.js';
import { labkeyRules } from './labkey.js';
import { omdbRules } from './omdb.js';
import { openWeatherMapRules } from './openweathermap.js';
import { censusRules } from './census.js';
import { redcapRules } from './redcap.js';
import { ecmwfRules } from './ecmwf.js';
import { copernicusRules } from './copernicus.js';
import { galaxyRules } from './galaxy.js';
import { dataverseRules } from './dataverse.js';
import { slurmRules } from './slurm.js';
import { mungeRules } from './munge.js';
import { blueskyRules } from './bluesky.js';
import { flutterwaveRules } from './flutterwave.js';
import { flyIoRules } from './fly-io.js';
import { frameIoRules } from './frame-io.js';
import { freshbooksRules } from './freshbooks.js';
import { fullstoryRules } from './fullstory.js';
import { gcpRules } from './gcp.js';
import { geminiRules } from './gemini.js';
import { genericRules } from './generic.js';
import { githubRules } from './github.js';
import { gitlabRules } from './gitlab.js';
import { gitterRules } from './gitter.js';
import { gocardlessRules } from './gocardless.js';
import { godaddyRules } from './godaddy.js';
import { grafanaRules } from './grafana.js';
import { groqRules } from './groq.js';
import { harnessRules } from './harness.js';
import { hashicorpConsulRules } from './hashicorp-consul.js';
import { hashicorpTerraformRules } from './hashicorp-terraform.js';
import { hashicorpVaultRules } from './hashicorp-vault.js';
import { herokuRules } from './heroku.js';
import { hetznerRules } from './hetzner.js';
import { honeycombRules } from './honeycomb.js';
import { hubspotRules } from './hubspot.js';
import { huggingfaceRules } from './huggingface.js';
import { infracostRules } from './infracost.js';
import { infuraRules } from './infura.js';
import { intercomRules } from './intercom.js';
import { ipinfoRules } from './ipinfo.js';
import { jetbrainsTeamcityRules } from './jetbrains-teamcity.js';
import { jfrogRules } from './jfrog.js';
import { jinaAiRules } from './jina-ai.js';
import { jitpackRules } from './jitpack.js';
import { jupiteroneRules } from './jupiterone.js';
import { kagiRules } from './kagi.js';
import { klaviyoRules } from './klaviyo.js';
import { krakenRules } from './kraken.js';
import { kucoinRules } from './kucoin.js';
import { langchainRules } from './langchain.js';
import { langfuseRules } from './langfuse.js';
import { kaggleRules } from './kaggle.js';
import { laravelRules } from './laravel.js';
import { larkRules } from './lark.js';
import { launchdarklyRules } from './launchdarkly.js';
import { linearRules } from './linear.js';
import { linkedinRules } from './linkedin.js';
import { linodeRules } from './linode.js';
import { lobRules } from './lob.js';
import { lokaliseRules } from './lokalise.js';
import { lookerRules } from './looker.js';
import { mailchimpRules } from './mailchimp.js';
import { mailgunRules } from './mailgun.js';
import { mailjetRules } from './mailjet.js';
import { mailsacRules } from './mailsac.js';
import { mandrillRules } from './mandrill.js';
import { mapboxRules } from './mapbox.js';
import { matrixRules } from './matrix.js';
import { modalRules } from './modal.js';
import { mattermostRules } from './mattermost.js';
import { maxmindRules } from './maxmind.js';
import { messagebirdRules } from './messagebird.js';
import { metaRules } from './meta.js';
import { microsoftRules } from './microsoft.js';
import { microsoftTeamsRules } from './microsoft-teams.js';
import { midtransRules } from './midtrans.js';
import { mistralAiRules } from './mistral-ai.js';
import { mixpanelRules } from './mixpanel.js';
import { mollieRules } from './mollie.js';
import { neonRules } from './neon.js';
import { n42IntraRules } from './42-intra.js';
import { neptuneAiRules } from './neptune-ai.js';
import { netlifyRules } from './netlify.js';
import { networkConfigRules, networkDeviceRules } from './network-config.js';
import { networkApplianceRules } from './network-appliances.js';
import { newRelicRules } from './new-relic.js';
import { newYorkTimesRules } from './new-york-times.js';
import { ngrokRules } from './ngrok.js';
import { nightfallRules } from './nightfall.js';
import { notionRules } from './notion.js';
import { nozbeRules } from './nozbe.js';
import { npmRules } from './npm.js';
import { yarnRules } from './yarn.js';
import { jenkinsRules } from './jenkins.js';
import { nvidiaRules } from './nvidia.js';
import { octopusDeployRules } from './octopus-deploy.js';
import { oktaRules } from './okta.js';
import { onePasswordRules } from './1password.js';
import { openaiRules } from './openai.js';
import { oracleRules } from './oracle.js';
import { openrouterRules } from './openrouter.js';
import { openvpnRules } from './openvpn.js';
import { opsgenieRules } from './opsgenie.js';
import { owaspDependencyTrackRules } from './owasp-dependency-track.js';
import { packagecloudRules } from './packagecloud.js';
import { pagarMeRules } from './pagar-me.js';
import { pagerdutyRules } from './pagerduty.js';
import { particleRules } from './particle.js';
import { paypalBraintreeRules } from './paypal-braintree.js';
import { percyRules } from './percy.js';
import { perplexityRules } from './perplexity.js';
import { pganalyzeRules } from './pganalyze.js';
import { photoroomRules } from './photoroom.js';
import { pineconeRules } from './pinecone.js';
import { pipedriveRules } from './pipedrive.js';
import { plaidRules } from './plaid.js';
import { planetscaleRules } from './planetscale.js';
import { planviewRules } from './planview.js';
import { poloniexRules } from './poloniex.js';
import { porkbunRules } from './porkbun.js';
import { portainerRules } from './portainer.js';
import { postgresqlRules } from './postgresql.js';
import { posthogRules } from './posthog.js';
import { postmanRules } from './postman.js';
import { postmarkRules } from './postmark.js';
import { powershellRules } from './powershell.js';
import { prefectRules } from './prefect.js';
import { privateAiRules } from './private-ai.js';
import { pulumiRules } from './pulumi.js';
import { puttyRules } from './putty.js';
import { pypiRules } from './pypi.js';
import { rampRules } from './ramp.js';
import { rapidapiRules } from './rapidapi.js';
import { razorpayRules } from './razorpay.js';
import { readmeRules } from './readme.js';
import { rechargeRules } from './recharge.js';
import { redHatOpenshiftRules } from './red-hat-openshift.js';
import { renderRules } from './render.js';
import { mailersendRules } from './mailersend.js';
import { coralogixRules } from './coralogix.js';
import { elasticRules } from './elastic.js';
import { paddleRules } from './paddle.js';
import { togetherAiRules } from './together-ai.js';
import { pinterestRules } from './pinterest.js';
import { packagistRules } from './packagist.js';
import { onesignalRules } from './onesignal.js';
import { dbtCloudRules } from './dbt-cloud.js';
import { checkoutComRules } from './checkout-com.js';
import { cerebrasRules } from './cerebras.js';
import { datastaxRules } from './datastax.js';
import { e2bRules } from './e2b.js';
import { mercadoPagoRules } from './mercado-pago.js';
import { runpodRules } from './runpod.js';
import { stytchRules } from './stytch.js';
import { replicateRules } from './replicate.js';
import { resendRules } from './resend.js';
import { robloxRules } from './roblox.js';
import { robinhoodRules } from './robinhood.js';
import { rollbarRules } from './rollbar.js';
import { rootlyRules } from './rootly.js';
import { railsRules } from './rails.js';
import { rubygemsRules } from './rubygems.js';
import { saladcloudRules } from './saladcloud.js';
import { salesblinkRules } from './salesblink.js';
import { salesforceRules } from './salesforce.js';
import { sanityRules } from './sanity.js';
import { scalewayRules } from './scaleway.js';
import { scalingoRules } from './scalingo.js';
import { scrapingbeeRules } from './scrapingbee.js';
import { schneiderElectricRules } from './schneider-electric.js';
import { segmentRules } from './segment.js';
import { sendbirdRules } from './sendbird.js';
import { sendgridRules } from './sendgrid.js';
import { sentryRules } from './sentry.js';
import { settlemintRules } from './settlemint.js';
import { shippoRules } from './shippo.js';
import { shodanRules } from './shodan.js';
import { shopifyRules } from './shopify.js';
import { shutterstockRules } from './shutterstock.js';
import { sidekiqRules } from './sidekiq.js';
import { slackRules } from './slack.js';
import { smoochRules } from './smooch.js';
import { snipcartRules } from './snipcart.js';
import { snykRules } from './snyk.js';
import { sonarcloudRules } from './sonarcloud.js';
import { sonarqubeRules } from './sonarqube.js';
import { sourcegraphRules } from './sourcegraph.js';
import { sparkpostRules } from './sparkpost.js';
import { spectralRules } from './spectral.js';
import { squareRules } from './square.js';
import { squarespaceRules } from './squarespace.js';
import { stackhawkRules } from './stackhawk.js';
import { stripeRules } from './stripe.js';
import { sumoLogicRules } from './sumo-logic.js';
import { supabaseRules } from './supabase.js';
import { tableauRules } from './tableau.js';
import { wixRules } from './wix.js';
import { jsonbinRules } from './jsonbin.js';
import { snapcraftRules } from './snapcraft.js';
import { metabaseRules } from './metabase.js';
import { hexTechRules } from './hex-tech.js';
import { vsceRules } from './vsce.js';
import { chocolateyRules } from './chocolatey.js';
import { sparkleRules } from './sparkle.js';
import { redashRules } from './redash.js';
import { zoteroRules } from './zotero.js';
import { sasRules } from './sas.js';
import { influxdbRules } from './influxdb.js';
import { ojsRules } from './ojs.js';
import { exlibrisRules } from './exlibris.js';
import { betfairRules } from './betfair.js';
import { espnRules } from './espn.js';
import { statsPerformRules } from './stats-perform.js';
import { mysportsfeedsRules } from './mysportsfeeds.js';
import { misskeyRules } from './misskey.js';
import { orcidRules } from './orcid.js';
import { spotifyRules } from './spotify.js';
import { deezerRules } from './deezer.js';
import { subsonicRules } from './subsonic.js';
import { azuracastRules } from './azuracast.js';
import { telegramSessionRules } from './telegram-sessions.js';
import { podcastFeedRules } from './podcast-feeds.js';
import { musicMetadataRules } from './music-metadata.js';
import { bandcampRules } from './bandcamp.js';
import { theOddsApiRules } from './the-odds-api.js';
import { yahooRules } from './yahoo.js';
import { mozillaAddonsRules } from './mozilla-addons.js';
import { nightscoutRules } from './nightscout.js';
import { weatherStationRules } from './weather-stations.js';
import { airQualityRules } from './air-quality.js';
import { cliDefaultRules } from './cli-defaults.js';
import { civicApiRules } from './civic-apis.js';
import { accessCodeRules } from './access-codes.js';
import { ttlockRules } from './ttlock.js';
import { flightTrackingRules } from './flight-tracking.js';
import { upsRules } from './ups.js';
import { expressSessionRules } from './express-session.js';
import { erlangRules } from './erlang.js';
import { playstationRules } from './playstation.js';
import { livekitRules } from './livekit.js';
import { signatureapiRules } from './signatureapi.js';
import { docusignRules } from './docusign.js';
import { cognitoRules } from './cognito.js';
import { huaweiFusionSolarRules } from './huawei-fusionsolar.js';
import { configPasswordRules } from './config-password.js';
import { erpRules } from './erp.js';
import { tradingRules } from './trading.js';
import { frameworkRules } from './frameworks.js';
import { appwriteRules } from './appwrite.js';
import { tunnelRules } from './tunnels.js';
import { agentToolRules } from './agent-tools.js';
import { powerQueryRules } from './power-query.js';
import { blenderRules } from './blender.js';
import { nfeBrazilRules } from './nfe-brazil.js';
import { vertexRules } from './vertex.js';
import { screenconnectRules } from './screenconnect.js';
import { workspaceOneRules } from './workspace-one.js';
import { keeperRules } from './keeper.js';
import { embeddedKeyRules } from './embedded-keys.js';
import { thingsboardRules } from './thingsboard.js';
import { concourseRules } from './concourse.js';
import { gocdRules } from './gocd.js';
import { jumpcloudRules } from './jumpcloud.js';
import { streamingRules } from './streaming.js';
import { bambuLabRules } from './bambu-lab.js';
import { dotnetSettingsRules } from './dotnet-settings.js';
import { ethereumRules } from './ethereum.js';
import { tailscaleRules } from './tailscale.js';
import { tavilyRules } from './tavily.js';
import { teamworkRules } from './teamwork.js';
import { telegramRules } from './telegram.js';
import { telnyxRules } from './telnyx.js';
import { tencentCloudRules } from './tencent-cloud.js';
import { ticketTailorRules } from './ticket-tailor.js';
import { tinesRules } from './tines.js';
import { todoistRules } from './todoist.js';
import { travisCiRules } from './travis-ci.js';
import { trelloRules } from './trello.js';
import { twilioRules } from './twilio.js';
import { twitchRules } from './twitch.js';
import { typeformRules } from './typeform.js';
import { ubidotsRules } from './ubidots.js';
import { unleashRules } from './unleash.js';
import { miroRules } from './miro.js';
import { chromaticRules } from './chromatic.js';
import { nostrRules } from './nostr.js';
import { walletRules } from './wallets.js';
import { passwordManagerRules } from './password-managers.js';
import { passphraseRules } from './passphrases.js';
import { geospatialRules } from './geospatial.js';
import { legacyRules } from './legacy-scripts.js';
import { hmacRules } from './hmac.js';
import { develocityRules } from './develocity.js';
import { akahuRules } from './akahu.js';
import { codaRules } from './coda.js';
import { evernoteRules } from './evernote.js';
import { geniusRules } from './genius.js';
import { monzoRules } from './monzo.js';
import { raindropRules } from './raindrop.js';
import { simplefinRules } from './simplefin.js';
import { tellerRules } from './teller.js';
import { upbankRules } from './upbank.js';
import { ynabRules } from './ynab.js';
import { forecastSolarRules } from './forecast-solar.js';
import { freeradiusRules } from './freeradius.js';
import { hestiacpRules } from './hestiacp.js';
import { polycomRules } from './polycom.js';
import { cpanelRules } from './cpanel.js';
import { debugTraceRules } from './debug-traces.js';
import { csharpRules } from './csharp.js';
import { mediaDrmRules } from './media-drm.js';
import { veevaRules } from './veeva.js';
import { pasetoRules } from './paseto.js';
import { billcomRules } from './billcom.js';
import { dockerfileRules } from './dockerfile.js';
import { keyFileRules } from './key-files.js';
import { pacerRules } from './pacer.js';
import { teslaRules } from './tesla.js';
import { qradarRules } from './qradar.js';
import { sentineloneRules } from './sentinelone.js';
import { taniumRules } from './tanium.js';
import { tenableRules } from './tenable.js';
import { realpageRules } from './realpage.js';
import { zillowRules } from './zillow.js';
import { googleAdsRules } from './google-ads.js';
import { happyfoxRules } from './happyfox.js';
import { dvcRules } from './dvc.js';
import { basicAuthPairRules, keyAsUsernameRules } from './basic-auth-pairs.js';
import { jotformRules } from './jotform.js';
import { proseCredentialRules, proseTokenRules } from './prose-credentials.js';
import { edtechRules } from './edtech.js';
import { regionalPaymentRules } from './regional-payments.js';
import { deeplRules } from './deepl.js';
import { unsplashRules } from './unsplash.js';
import { amadeusRules, unsplashClientIdRules } from './amadeus.js';
import { dwaveRules } from './dwave.js';
import { imagekitRules } from './imagekit.js';
import { calcomRules } from './calcom.js';
import { savvycalRules } from './savvycal.js';
import { googleCalendarRules } from './google-calendar.js';
import { chartboostRules } from './chartboost.js';
import { fedexRules } from './fedex.js';
import { zuploRules } from './zuplo.js';
import { kongRules } from './kong.js';
import { krakendRules } from './krakend.js';
import { secretTokenUriRules } from './secret-token-uri.js';
import { botpressRules } from './botpress.js';
import { botFrameworkRules } from './bot-framework.js';
import { keycdnRules } from './keycdn.js';
import { stediRules } from './stedi.js';
import { xandrRules } from './xandr.js';
import { humanloopRules } from './humanloop.js';
import { heliconeRules } from './helicone.js';
import { followUpBossRules } from './follow-up-boss.js';
import { chargebeeRules } from './chargebee.js';
import { criblRules } from './cribl.js';
import { lambdaCloudRules } from './lambda-cloud.js';
import { uptimeRobotRules } from './uptime-robot.js';
import { vercelRules } from './vercel.js';
import { virustotalRules } from './virustotal.js';
import { voiceflowRules } from './voiceflow.js';
import { vonageRules } from './vonage.js';
import { vultrRules } from './vultr.js';
import { webexRules } from './webex.js';
import { webflowRules } from './webflow.js';
import { weightsBiasesRules } from './weights-biases.js';
import { woocommerceRules } from './woocommerce.js';
import { wordpressRules } from './wordpress.js';
import { xTwitterRules } from './x-twitter.js';
import { xaiRules } from './xai.js';
import { xenditRules } from './xendit.js';
import { browserbaseRules } from './browserbase.js';
import { voyageAiRules } from './voyage-ai.js';
import { fireworksAiRules } from './fireworks-ai.js';
import { vkRules } from './vk.js';
import { tossPaymentsRules } from './toss-payments.js';
import { falAiRules } from './fal-ai.js';
import { openaiCompatibleRules } from './openai-compatible.js';
import { wireguardRules } from './wireguard.js';
import { groupPolicyRules } from './group-policy.js';
import { kerberosRules } from './kerberos.js';
import { keyStoreBase64Rules } from './key-store-base64.js';
import { bitlockerRules } from './bitlocker.js';
import { openwrtRules } from './openwrt.js';
import { authorizeNetRules } from './authorize-net.js';
import { drupalRules } from './drupal.js';
import { magentoRules } from './magento.js';
import { paypalRules } from './paypal.js';
import { phpRules } from './php.js';
import { phpmyadminRules } from './phpmyadmin.js';
import { symfonyRules } from './symfony.js';
import { logglyRules } from './loggly.js';
import { unityRules } from './unity.js';
import { gmailRules } from './gmail.js';
import { wildflyRules } from './wildfly.js';
import { omiseRules } from './omise.js';
import { circleRules } from './circle.js';
import { payuRules } from './payu.js';
import { paytmRules } from './paytm.js';
import { phonepeRules } from './phonepe.js';
import { cloudInitRules } from './cloud-init.js';
import { tuyaRules } from './tuya.js';
import { whmcsRules } from './whmcs.js';
import { tasmotaRules } from './tasmota.js';
import { yandexCloudRules } from './yandex-cloud.js';
import { zapierRules } from './zapier.js';
import { natsRules } from './nats.js';
import { backblazeRules } from './backblaze.js';
import { rabbitmqRules } from './rabbitmq.js';
import { couchdbRules } from './couchdb.js';
import { neo4jRules } from './neo4j.js';
import { totpRules } from './totp.js';
import { ciscoIosRules } from './cisco-ios.js';
import { huaweiCloudRules } from './huawei-cloud.js';
import { strapiRules } from './strapi.js';
import { jwkRules } from './jwk.js';
import { loginWithAmazonRules } from './login-with-amazon.js';
import { splunkRules } from './splunk.js';
import { splunkOnCallRules } from './splunk-on-call.js';
import { youtrackRules } from './youtrack.js';
import { dingtalkRules } from './dingtalk.js';
import { iftttRules } from './ifttt.js';
import { makeRules } from './make.js';
import { workatoRules } from './workato.js';
import { healthieRules } from './healthie.js';
import { smartRecruitersRules } from './smartrecruiters.js';
import { steveRules } from './steve.js';
import { jupyterhubRules } from './jupyterhub.js';
import { quicknodeRules } from './quicknode.js';
import { rocketChatRules } from './rocket-chat.js';
import { wecomRules } from './wecom.js';
import { zendeskRules } from './zendesk.js';
import { zohoRules } from './zoho.js';
import { betterStackRules } from './better-stack.js';
import { appdynamicsRules } from './appdynamics.js';
import { instanaRules } from './instana.js';
import { nagiosRules } from './nagios.js';
import { netboxRules } from './netbox.js';
import { gameServerPanelRules } from './game-server-panels.js';
import { unrealEngineRules } from './unreal-engine.js';
import { curseforgeRules } from './curseforge.js';
import { tebexRules } from './tebex.js';
import { hypixelRules } from './hypixel.js';
import { phpToolingRules } from './php-tooling.js';
import { ghostRules } from './ghost.js';
import { hcaptchaRules } from './hcaptcha.js';
import { akismetRules } from './akismet.js';
import { mediawikiRules } from './mediawiki.js';
import { iacPairRules } from './iac-pairs.js';
import { pushbulletRules } from './pushbullet.js';
import { gotifyRules } from './gotify.js';
import { jvmDotnetRules } from './jvm-dotnet.js';
import { plexRules } from './plex.js';
import { appriseRules } from './apprise.js';
import { ntfyRules } from './ntfy.js';
import { nocodbRules } from './nocodb.js';
import { revelRules } from './revel.js';
import { heartlandRules } from './heartland.js';
import { dataExportRules } from './data-exports.js';
import { websphereLibertyRules } from './websphere-liberty.js';
import { mulesoftRules } from './mulesoft.js';
import { informaticaRules } from './informatica.js';
import { sapHanaRules } from './sap-hana.js';
import { opensslRules } from './openssl.js';
import { biztalkRules } from './biztalk.js';
import { geotabRules } from './geotab.js';
import { aftershipRules } from './aftership.js';
import { samsaraRules } from './samsara.js';
import { airbnbRules } from './airbnb.js';
import { gladiaRules } from './gladia.js';
import { blackForestLabsRules } from './black-forest-labs.js';
import { cartesiaRules } from './cartesia.js';
import { murfRules } from './murf.js';
import { lumaRules } from './luma.js';
import { pubnubRules } from './pubnub.js';
import { rancherRules } from './rancher.js';
import { kubeadmRules } from './kubeadm.js';
import { argoCdRules } from './argo-cd.js';
import { sumsubRules } from './sumsub.js';
import { onfidoRules } from './onfido.js';
import { middeskRules } from './middesk.js';
import { personaRules } from './persona.js';
import { socureRules } from './socure.js';
import { recaptchaRules } from './recaptcha.js';
import { awsPresignedUrlRules } from './aws-presigned-url.js';
import { minioRules } from './minio.js';
import { megaRules } from './mega.js';
import { filestackRules } from './filestack.js';
import { storjRules } from './storj.js';
import { bunnyRules } from './bunny.js';
import { brightDataRules } from './bright-data.js';
import { sessionCookieRules } from './session-cookies.js';
import { zyteRules } from './zyte.js';
import { zenrowsRules } from './zenrows.js';
import { capsolverRules } from './capsolver.js';
import { juneRules } from './june.js';
import { rudderstackRules } from './rudderstack.js';
import { splitRules } from './split.js';
import { customerIoRules } from './customer-io.js';
import { statsigRules } from './statsig.js';
import { configcatRules } from './configcat.js';
import { devcycleRules } from './devcycle.js';
import { pendoRules } from './pendo.js';
import { optimizelyRules } from './optimizely.js';
import { tolgeeRules } from './tolgee.js';
import { weblateRules } from './weblate.js';
import { testServiceRules } from './test-services.js';
import { lineRules } from './line.js';
import { macosSecurityRules } from './macos-security.js';
import { fabricRules } from './fabric.js';

/**
 * The built-in catalog, in priority order: when two rules find the same secret, the earlier one
 * wins. Provider rules come first (service-account JSON before the bare private-key rule), then
 * the carriers (URLs, headers, .npmrc), then the generic rule. One file per provider: adding a
 * provider is one file and one line here, and the catalog tests cover it automatically.
 */
export const catalog: readonly Rule[] = Object.freeze([
  ...notionRules,
  // A cookie named for a site's session is that session, whatever its value resembles (LinkedIn's
  // li_at starts "AQE" as Adyen's keys do).
  ...sessionCookieRules,
  ...githubRules,
  ...gitlabRules,
  ...awsRules,
  ...gcpRules,
  ...firebaseRules,
  ...azureRules,
  ...stripeRules,
  ...slackRules,
  ...openaiRules,
  ...oracleRules,
  ...anthropicRules,
  ...huggingfaceRules,
  ...replicateRules,
  ...groqRules,
  ...xaiRules,
  ...perplexityRules,
  ...cohereRules,
  ...mistralAiRules,
  ...deepseekRules,
  ...npmRules,
  ...pypiRules,
  ...twilioRules,
  ...sendgridRules,
  ...mailgunRules,
  ...mailchimpRules,
  ...resendRules,
  ...robloxRules,
  ...postmarkRules,
  ...powershellRules,
  ...shopifyRules,
  ...squareRules,
  ...paypalBraintreeRules,
  ...flutterwaveRules,
  ...easypostRules,
  ...shippoRules,
  ...discordRules,
  ...djangoRules,
  ...wordpressRules,
  ...telegramRules,
  ...herokuRules,
  ...digitaloceanRules,
  ...vercelRules,
  ...netlifyRules,
  ...networkConfigRules,
  ...networkDeviceRules,
  ...networkApplianceRules,
  ...flyIoRules,
  ...renderRules,
  ...mailersendRules,
  ...coralogixRules,
  ...elasticRules,
  ...paddleRules,
  ...togetherAiRules,
  ...pinterestRules,
  ...packagistRules,
  ...onesignalRules,
  ...dbtCloudRules,
  ...checkoutComRules,
  ...cerebrasRules,
  ...e2bRules,
  ...datastaxRules,
  ...mercadoPagoRules,
  ...runpodRules,
  ...stytchRules,
  ...supabaseRules,
  ...cloudflareRules,
  ...planetscaleRules,
  ...pulumiRules,
  ...hashicorpConsulRules,
  ...hashicorpTerraformRules,
  ...tailscaleRules,
  ...databricksRules,
  ...oktaRules,
  ...newRelicRules,
  ...dynatraceRules,
  ...prefectRules,
  ...sonarqubeRules,
  ...dopplerRules,
  ...linearRules,
  ...postmanRules,
  ...sentryRules,
  ...datadogRules,
  ...grafanaRules,
  ...atlassianRules,
  ...figmaRules,
  ...dockerHubRules,
  ...onePasswordRules,
  ...hashicorpVaultRules,
  ...contentfulRules,
  ...convexRules,
  ...algoliaRules,
  ...airtableRules,
  ...typeformRules,
  ...mapboxRules,
  ...metaRules,
  ...readmeRules,
  ...frameIoRules,
  ...pagerdutyRules,
  ...n42IntraRules,
  ...ablyRules,
  ...appleRules,
  ...cypressRules,
  ...riotGamesRules,
  ...uploadcareRules,
  ...agoraRules,
  ...adyenRules,
  ...anacondaRules,
  ...abuseipdbRules,
  ...adafruitIoRules,
  ...adobeRules,
  ...airshipRules,
  ...akamaiRules,
  ...alchemyRules,
  ...alibabaCloudRules,
  ...amplitudeRules,
  ...apifyRules,
  ...asanaRules,
  ...assemblyaiRules,
  ...authressRules,
  ...azureDevopsRules,
  ...bannerbearRules,
  ...baremetricsRules,
  ...beamerRules,
  ...besttimeRules,
  ...binanceRules,
  ...bitlyRules,
  ...bittrexRules,
  ...brevoRules,
  ...budibaseRules,
  ...buildkiteRules,
  ...bundlerRules,
  ...circleciRules,
  ...ciscoMerakiRules,
  ...clickhouseRules,
  ...clickupRules,
  ...clojarsRules,
  ...closeRules,
  ...cloudinaryRules,
  ...cloudsmithRules,
  ...codecovRules,
  ...coinbaseRules,
  ...columnRules,
  ...confluentRules,
  ...kafkaRules,
  ...ovhRules,
  ...spyfuRules,
  ...vantageRules,
  ...coveoRules,
  ...weaviateRules,
  ...milvusRules,
  ...bitrix24Rules,
  ...headscaleRules,
  ...netbirdRules,
  ...sourcehutRules,
  ...giteaRules,
  ...keapRules,
  ...laceworkRules,
  ...secureframeRules,
  ...oracleHospitalityRules,
  ...xiboRules,
  ...bitwardenRules,
  ...conjurRules,
  ...vpnAccountRules,
  ...scaleAiRules,
  ...mewsRules,
  ...mimecastRules,
  ...opslevelRules,
  ...homeAssistantWebhookRules,
  ...kestraRules,
  ...zeromqRules,
  ...oryRules,
  ...keycloakRules,
  ...fusionauthRules,
  ...pulsarRules,
  ...gemfuryRules,
  ...mobileEngagementRules,
  ...vespaRules,
  ...liveblocksRules,
  ...convertapiRules,
  ...courierRules,
  ...cratesIoRules,
  ...crowdinRules,
  ...dailyRules,
  ...deepgramRules,
  ...definedNetworkingRules,
  ...denoRules,
  ...dfuseRules,
  ...dittoRules,
  ...droneCiRules,
  ...dropboxRules,
  ...duffelRules,
  ...dwollaRules,
  ...elevenlabsRules,
  ...endorLabsRules,
  ...etherscanRules,
  ...etsyRules,
  ...fastlyRules,
  ...finageRules,
  ...finicityRules,
  ...finnhubRules,
  ...firecrawlRules,
  ...fleetbaseRules,
  ...flexportRules,
  ...flickrRules,
  ...alphaVantageRules,
  ...ankrRules,
  ...blastRules,
  ...getblockRules,
  ...chainstackRules,
  ...tenderlyRules,
  ...biconomyRules,
  ...thegraphRules,
  ...coinmarketcapRules,
  ...chainlinkRules,
  ...polkadotRules,
  ...rtmpRules,
  ...sipRules,
  ...grandstreamRules,
  ...signalwireRules,
  ...steamRules,
  ...modrinthRules,
  ...vncRules,
  ...dagsterRules,
  ...emailRules,
  ...zWaveRules,
  ...zigbee2mqttRules,
  ...thingSpeakRules,
  ...philipsHueRules,
  ...openHabRules,
  ...loRaWanRules,
  ...mercuryRules,
  ...sapRules,
  ...avalaraRules,
  ...k3sRules,
  ...fileZillaRules,
  ...httpieRules,
  ...mqttRules,
  ...espHomeRules,
  ...balenaRules,
  ...orthancRules,
  ...dnsAutomationRules,
  ...osintRules,
  ...homepageRules,
  ...ebayRules,
  ...seqeraRules,
  ...labkeyRules,
  ...omdbRules,
  ...openWeatherMapRules,
  ...censusRules,
  ...redcapRules,
  ...ecmwfRules,
  ...copernicusRules,
  ...galaxyRules,
  ...dataverseRules,
  ...slurmRules,
  ...mungeRules,
  ...blueskyRules,
  ...freshbooksRules,
  ...fullstoryRules,
  ...geminiRules,
  ...gitterRules,
  ...gocardlessRules,
  ...godaddyRules,
  ...harnessRules,
  ...hetznerRules,
  ...honeycombRules,
  ...hubspotRules,
  ...infracostRules,
  ...infuraRules,
  ...intercomRules,
  ...ipinfoRules,
  ...jetbrainsTeamcityRules,
  ...jfrogRules,
  ...jinaAiRules,
  ...jitpackRules,
  ...jupiteroneRules,
  ...kagiRules,
  ...klaviyoRules,
  ...krakenRules,
  ...kucoinRules,
  ...langchainRules,
  ...langfuseRules,
  ...larkRules,
  ...launchdarklyRules,
  ...linkedinRules,
  ...linodeRules,
  ...lobRules,
  ...lokaliseRules,
  ...lookerRules,
  ...mailjetRules,
  ...mailsacRules,
  ...mandrillRules,
  ...mattermostRules,
  ...matrixRules,
  ...modalRules,
  ...maxmindRules,
  ...messagebirdRules,
  ...microsoftRules,
  ...microsoftTeamsRules,
  ...midtransRules,
  ...mixpanelRules,
  ...mollieRules,
  ...neptuneAiRules,
  ...newYorkTimesRules,
  ...ngrokRules,
  ...nightfallRules,
  ...nozbeRules,
  ...nvidiaRules,
  ...octopusDeployRules,
  ...openrouterRules,
  ...opsgenieRules,
  ...owaspDependencyTrackRules,
  ...packagecloudRules,
  ...pagarMeRules,
  ...particleRules,
  ...percyRules,
  ...pganalyzeRules,
  ...photoroomRules,
  ...pineconeRules,
  ...pipedriveRules,
  ...plaidRules,
  ...planviewRules,
  ...poloniexRules,
  ...porkbunRules,
  ...portainerRules,
  ...posthogRules,
  ...privateAiRules,
  ...rampRules,
  ...rapidapiRules,
  ...razorpayRules,
  ...rechargeRules,
  ...redHatOpenshiftRules,
  ...robinhoodRules,
  ...rollbarRules,
  ...rootlyRules,
  ...rubygemsRules,
  ...saladcloudRules,
  ...salesblinkRules,
  ...salesforceRules,
  ...sanityRules,
  ...scalewayRules,
  ...scalingoRules,
  ...scrapingbeeRules,
  ...schneiderElectricRules,
  ...segmentRules,
  ...sendbirdRules,
  ...settlemintRules,
  ...shodanRules,
  ...shutterstockRules,
  ...sidekiqRules,
  ...smoochRules,
  ...snipcartRules,
  ...snykRules,
  ...sonarcloudRules,
  ...sourcegraphRules,
  ...sparkpostRules,
  ...spectralRules,
  ...squarespaceRules,
  ...stackhawkRules,
  ...sumoLogicRules,
  ...tableauRules,
  ...wixRules,
  ...jsonbinRules,
  ...snapcraftRules,
  ...metabaseRules,
  ...hexTechRules,
  ...vsceRules,
  ...chocolateyRules,
  ...sparkleRules,
  ...redashRules,
  ...zoteroRules,
  ...sasRules,
  ...influxdbRules,
  ...ojsRules,
  ...exlibrisRules,
  ...betfairRules,
  ...espnRules,
  ...statsPerformRules,
  ...mysportsfeedsRules,
  ...misskeyRules,
  ...orcidRules,
  ...spotifyRules,
  ...deezerRules,
  ...subsonicRules,
  ...azuracastRules,
  ...telegramSessionRules,
  ...podcastFeedRules,
  ...musicMetadataRules,
  ...bandcampRules,
  ...theOddsApiRules,
  ...yahooRules,
  ...mozillaAddonsRules,
  ...nightscoutRules,
  ...weatherStationRules,
  ...airQualityRules,
  ...cliDefaultRules,
  ...civicApiRules,
  ...accessCodeRules,
  ...ttlockRules,
  ...flightTrackingRules,
  ...upsRules,
  ...expressSessionRules,
  ...erlangRules,
  ...playstationRules,
  ...livekitRules,
  ...signatureapiRules,
  ...docusignRules,
  ...cognitoRules,
  ...huaweiFusionSolarRules,
  ...configPasswordRules,
  ...erpRules,
  ...tradingRules,
  ...frameworkRules,
  ...appwriteRules,
  ...tunnelRules,
  ...agentToolRules,
  ...powerQueryRules,
  ...blenderRules,
  ...nfeBrazilRules,
  ...vertexRules,
  ...screenconnectRules,
  ...workspaceOneRules,
  ...keeperRules,
  ...embeddedKeyRules,
  ...thingsboardRules,
  ...concourseRules,
  ...gocdRules,
  ...jumpcloudRules,
  ...streamingRules,
  ...bambuLabRules,
  ...dotnetSettingsRules,
  ...ethereumRules,
  ...tavilyRules,
  ...teamworkRules,
  ...telnyxRules,
  ...ticketTailorRules,
  ...tinesRules,
  ...todoistRules,
  ...travisCiRules,
  ...trelloRules,
  ...twitchRules,
  ...ubidotsRules,
  ...unleashRules,
  ...miroRules,
  ...chromaticRules,
  ...nostrRules,
  ...passwordManagerRules,
  ...passphraseRules,
  ...geospatialRules,
  ...develocityRules,
  ...akahuRules,
  ...codaRules,
  ...evernoteRules,
  ...geniusRules,
  ...monzoRules,
  ...raindropRules,
  ...simplefinRules,
  ...tellerRules,
  ...upbankRules,
  ...ynabRules,
  ...forecastSolarRules,
  ...freeradiusRules,
  ...hestiacpRules,
  ...polycomRules,
  ...cpanelRules,
  ...debugTraceRules,
  ...csharpRules,
  ...mediaDrmRules,
  ...veevaRules,
  ...pasetoRules,
  ...billcomRules,
  ...dockerfileRules,
  ...keyFileRules,
  ...pacerRules,
  ...teslaRules,
  ...qradarRules,
  ...sentineloneRules,
  ...taniumRules,
  ...tenableRules,
  ...realpageRules,
  ...zillowRules,
  ...googleAdsRules,
  ...happyfoxRules,
  ...dvcRules,
  ...jotformRules,
  ...edtechRules,
  ...walletRules,
  ...deeplRules,
  ...unsplashRules,
  ...unsplashClientIdRules,
  ...amadeusRules,
  ...dwaveRules,
  ...imagekitRules,
  ...calcomRules,
  ...savvycalRules,
  ...googleCalendarRules,
  ...chartboostRules,
  ...fedexRules,
  ...zuploRules,
  ...kongRules,
  ...krakendRules,
  ...secretTokenUriRules,
  ...botpressRules,
  ...botFrameworkRules,
  ...keycdnRules,
  ...stediRules,
  ...xandrRules,
  ...humanloopRules,
  ...heliconeRules,
  ...followUpBossRules,
  ...chargebeeRules,
  ...criblRules,
  ...lambdaCloudRules,
  ...uptimeRobotRules,
  ...virustotalRules,
  ...voiceflowRules,
  ...vonageRules,
  ...vultrRules,
  ...webexRules,
  ...webflowRules,
  ...weightsBiasesRules,
  ...woocommerceRules,
  ...xTwitterRules,
  ...xenditRules,
  ...browserbaseRules,
  ...voyageAiRules,
  ...fireworksAiRules,
  ...vkRules,
  ...tossPaymentsRules,
  ...falAiRules,
  ...openaiCompatibleRules,
  ...wireguardRules,
  ...groupPolicyRules,
  ...kerberosRules,
  ...keyStoreBase64Rules,
  ...bitlockerRules,
  ...openwrtRules,
  ...authorizeNetRules,
  ...drupalRules,
  ...magentoRules,
  ...paypalRules,
  ...phpRules,
  ...phpmyadminRules,
  ...symfonyRules,
  ...logglyRules,
  ...unityRules,
  ...gmailRules,
  ...wildflyRules,
  ...omiseRules,
  ...circleRules,
  ...payuRules,
  ...paytmRules,
  ...regionalPaymentRules,
  ...phonepeRules,
  ...cloudInitRules,
  ...tuyaRules,
  ...whmcsRules,
  ...tasmotaRules,
  ...yandexCloudRules,
  ...zapierRules,
  ...natsRules,
  ...backblazeRules,
  ...rabbitmqRules,
  ...couchdbRules,
  ...neo4jRules,
  ...totpRules,
  ...ciscoIosRules,
  ...huaweiCloudRules,
  ...strapiRules,
  ...yarnRules,
  ...jenkinsRules,
  ...jwkRules,
  ...loginWithAmazonRules,
  ...splunkRules,
  ...splunkOnCallRules,
  ...youtrackRules,
  ...dingtalkRules,
  ...iftttRules,
  ...makeRules,
  ...workatoRules,
  ...healthieRules,
  ...smartRecruitersRules,
  ...steveRules,
  ...jupyterhubRules,
  ...quicknodeRules,
  ...rocketChatRules,
  ...wecomRules,
  ...zendeskRules,
  ...zohoRules,
  ...tencentCloudRules,
  ...neonRules,
  ...openvpnRules,
  ...puttyRules,
  ...laravelRules,
  ...railsRules,
  ...kaggleRules,
  ...postgresqlRules,
  ...cryptoRules,
  ...tolgeeRules,
  ...weblateRules,
  ...statsigRules,
  ...configcatRules,
  ...devcycleRules,
  ...capsolverRules,
  ...optimizelyRules,
  ...pendoRules,
  ...bunnyRules,
  ...storjRules,
  ...awsPresignedUrlRules,
  ...nocodbRules,
  ...juneRules,
  ...rudderstackRules,
  ...splitRules,
  ...customerIoRules,
  ...filestackRules,
  ...sumsubRules,
  ...onfidoRules,
  ...middeskRules,
  ...personaRules,
  ...socureRules,
  ...recaptchaRules,
  ...rancherRules,
  ...kubeadmRules,
  ...argoCdRules,
  ...gladiaRules,
  ...blackForestLabsRules,
  ...cartesiaRules,
  ...murfRules,
  ...lumaRules,
  ...pubnubRules,
  ...hcaptchaRules,
  ...websphereLibertyRules,
  ...mulesoftRules,
  ...informaticaRules,
  ...sapHanaRules,
  ...opensslRules,
  ...biztalkRules,
  ...geotabRules,
  ...aftershipRules,
  ...samsaraRules,
  ...airbnbRules,
  ...revelRules,
  ...heartlandRules,
  ...credentialRules,
  ...commandLineRules,
  ...legacyRules,
  ...hmacRules,
  ...basicAuthPairRules,
  ...proseCredentialRules,
  ...callArgumentRules,
  ...nagiosRules,
  ...netboxRules,
  ...instanaRules,
  ...appdynamicsRules,
  ...betterStackRules,
  ...hypixelRules,
  ...tebexRules,
  ...curseforgeRules,
  ...unrealEngineRules,
  ...gameServerPanelRules,
  ...mediawikiRules,
  ...akismetRules,
  ...ghostRules,
  ...phpToolingRules,
  ...iacPairRules,
  ...gotifyRules,
  ...pushbulletRules,
  ...jvmDotnetRules,
  ...ntfyRules,
  ...minioRules,
  ...megaRules,
  ...brightDataRules,
  ...zyteRules,
  ...zenrowsRules,
  ...appriseRules,
  ...plexRules,
  ...testServiceRules,
  ...fabricRules,
  ...macosSecurityRules,
  ...lineRules,
  ...dataExportRules,
  ...keyAsUsernameRules,
  ...authSettingRules,
  ...schemedPasswordRules,
  ...headerCheckRules,
  ...genericRules,
  // After the generic rules: a section's bare `key` they read keeps their finding.
  ...nestedKeyRules,
  ...proseTokenRules,
  ...keyObjectRules,
  ...namedValueRules,
  ...secretMapRules,
  ...keyListRules,
  ...notebookOutputRules,
]);
