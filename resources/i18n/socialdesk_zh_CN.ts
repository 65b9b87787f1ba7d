<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SocialDesk</source>
        <translation>关于 SocialDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;SocialDesk {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;SocialDesk {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Write one post; see it live on VK, Weibo, X and Facebook, counted by each platform&apos;s rules, translated for each audience, and publish it everywhere in one click.</source>
        <translation>一篇帖子只写一次，即可实时看到它在 VK、微博、X 和 Facebook 上的样子：按各平台的规则计数，为各地受众翻译，并一键发布到所有平台。</translation>
    </message>
    <message>
        <source>SocialDesk is free software under the MIT licence.</source>
        <translation>SocialDesk 是基于 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <source>Libraries in this app:</source>
        <translation>本程序使用的库：</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>OAuth 2.0 user token</source>
        <translation>OAuth 2.0 用户令牌</translation>
    </message>
    <message>
        <source>OAuth 1.0a (keys and tokens)</source>
        <translation>OAuth 1.0a（密钥和令牌）</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Connect by signing in</source>
        <translation>登录以连接</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Sign in through the browser with your own developer app</source>
        <translation>用您自己的开发者应用在浏览器中登录</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Ask the platform who this account is</source>
        <translation>向平台查询这个账号属于谁</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  （默认）</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>还没有账号</translation>
    </message>
    <message>
        <source>Without accounts, Publish saves each platform&apos;s text into the Outbox folder for you to post by hand. Add an account to publish directly.</source>
        <translation>没有账号时，“发布”会把每个平台的文本保存到“发件箱”文件夹，供您手动发布。添加账号即可直接发布。</translation>
    </message>
    <message>
        <source>New {name} account</source>
        <translation>新的 {name} 账号</translation>
    </message>
    <message>
        <source>{name} account</source>
        <translation>{name} 账号</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. Aurora Travel</source>
        <translation>便于您识别的名称，例如“极光旅行”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Stored in the keyring — type to replace</source>
        <translation>已保存在系统钥匙串中——输入新值即可替换</translation>
    </message>
    <message>
        <source>Paste it here; it goes to the keyring</source>
        <translation>粘贴到这里，它会保存到系统钥匙串</translation>
    </message>
    <message>
        <source>X Premium (posts up to 25,000 characters)</source>
        <translation>X Premium（帖子最多 25,000 字符）</translation>
    </message>
    <message>
        <source>Use for new drafts on {name}</source>
        <translation>新草稿在 {name} 上默认使用此账号</translation>
    </message>
    <message>
        <source>Last verified as {verified_name}.</source>
        <translation>上次验证结果：{verified_name}。</translation>
    </message>
    <message>
        <source>{who}: sign in again (press Connect…).</source>
        <translation>{who}：请重新登录（点击“连接…”）。</translation>
    </message>
    <message>
        <source>Token pasted by hand; last verified as {who}.</source>
        <translation>令牌为手动粘贴；上次验证为 {who}。</translation>
    </message>
    <message>
        <source>Connected as {who}; the sign-in does not expire.</source>
        <translation>已连接为 {who}；登录不会过期。</translation>
    </message>
    <message>
        <source>Connected as {who}; renews itself (next before {when}).</source>
        <translation>已连接为 {who}；登录会自动续期（下次在 {when} 之前）。</translation>
    </message>
    <message>
        <source>Connected as {who}; expires {when}, then sign in again.</source>
        <translation>已连接为 {who}；登录于 {when} 过期，届时请重新登录。</translation>
    </message>
    <message>
        <source>Saved. The secrets are in your system&apos;s keyring.</source>
        <translation>已保存。密钥存放在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>Delete “{display}” and remove its secrets from the keyring?</source>
        <translation>删除“{display}”并从钥匙串中移除其密钥？</translation>
    </message>
    <message>
        <source>Paste the token first, then press Verify.</source>
        <translation>请先粘贴令牌，再点击“验证”。</translation>
    </message>
    <message>
        <source>Asking {name}…</source>
        <translation>正在询问 {name}…</translation>
    </message>
    <message>
        <source>✓ Verified: {name}{detail}</source>
        <translation>✓ 已验证：{name}{detail}</translation>
    </message>
    <message>
        <source>✗ Verify failed unexpectedly ({name}).</source>
        <translation>✗ 验证意外失败（{name}）。</translation>
    </message>
</context>
<context>
    <name>BuiltinTemplates</name>
    <message>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>News your followers should hear first: a headline, the details, where to learn more.</source>
        <translation>想让粉丝第一时间知道的消息：标题、详情、了解更多的去处。</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>The news in one line. Lead with what changes for the reader.</source>
        <translation>一句话说清消息。先说对读者有什么变化。</translation>
    </message>
    <message>
        <source>We&apos;re opening a second shop in Hamburg</source>
        <translation>我们将在汉堡开第二家店</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Two or three sentences. On X this is shortened to fit.</source>
        <translation>两三句话。在 X 上会自动缩短以符合字数。</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>行动号召</translation>
    </message>
    <message>
        <source>Leave empty for a standard &apos;Find out more&apos;.</source>
        <translation>留空则使用默认的“了解更多”。</translation>
    </message>
    <message>
        <source>Read the full story</source>
        <translation>阅读全文</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>话题标签</translation>
    </message>
    <message>
        <source>Comma-separated, without #. X gets the first two.</source>
        <translation>用逗号分隔，不加 #。X 只用前两个。</translation>
    </message>
    <message>
        <source>VK community</source>
        <translation>VK 社区</translation>
    </message>
    <message>
        <source>Screen name such as aurora_coffee: VK tags become #tag@aurora_coffee.</source>
        <translation>短名称，例如 aurora_coffee：VK 话题会变成 #tag@aurora_coffee。</translation>
    </message>
    <message>
        <source>Blog post or article</source>
        <translation>博客文章</translation>
    </message>
    <message>
        <source>A link worth clicking: the title, why it matters, who wrote it, how long it takes.</source>
        <translation>值得点开的链接：标题、为什么值得读、作者、阅读时长。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>How we roast for espresso and for filter</source>
        <translation>我们如何为意式浓缩和手冲烘焙咖啡豆</translation>
    </message>
    <message>
        <source>Why read it</source>
        <translation>为什么值得读</translation>
    </message>
    <message>
        <source>The takeaway or the question it answers, in two sentences. On X this is shortened to fit.</source>
        <translation>用两句话说明要点或它回答的问题。在 X 上会自动缩短以符合字数。</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Mia Köhler</source>
        <translation>Mia Köhler</translation>
    </message>
    <message>
        <source>Reading time (minutes)</source>
        <translation>阅读时长（分钟）</translation>
    </message>
    <message>
        <source>6</source>
        <translation>6</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>An invitation: what, when, where, what it costs, and how to get a seat.</source>
        <translation>活动邀请：做什么、何时、何地、费用，以及如何报名。</translation>
    </message>
    <message>
        <source>The name people will remember.</source>
        <translation>让人记得住的名字。</translation>
    </message>
    <message>
        <source>Latte art night</source>
        <translation>拉花之夜</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>2026-12-12</source>
        <translation>2026-12-12</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>19:00</source>
        <translation>19:00</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Aurora Coffee, Torstraße 12</source>
        <translation>Aurora Coffee，Torstraße 12</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation>柏林</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Why come? Two or three sentences. On X this is shortened to fit.</source>
        <translation>为什么要来？两三句话。在 X 上会自动缩短以符合字数。</translation>
    </message>
    <message>
        <source>Ticket price</source>
        <translation>票价</translation>
    </message>
    <message>
        <source>Leave empty for a free event.</source>
        <translation>免费活动请留空。</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Tickets or sign-up link</source>
        <translation>购票或报名链接</translation>
    </message>
    <message>
        <source>Job opening</source>
        <translation>招聘</translation>
    </message>
    <message>
        <source>A role to fill: what the job is, where, how it pays, and how to apply.</source>
        <translation>招聘职位：做什么、在哪里、薪资如何、怎样申请。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Head roaster</source>
        <translation>首席烘焙师</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Aurora Coffee</source>
        <translation>Aurora Coffee</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>What they will do and who will thrive here. On X this is shortened to fit.</source>
        <translation>要做什么，什么样的人会在这里如鱼得水。在 X 上会自动缩短以符合字数。</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>工作方式</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>Posts with a salary get more applications.</source>
        <translation>写明薪资的职位会收到更多申请。</translation>
    </message>
    <message>
        <source>€48,000–56,000 a year</source>
        <translation>每年 48,000–56,000 欧元</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>申请截止</translation>
    </message>
    <message>
        <source>Application link</source>
        <translation>申请链接</translation>
    </message>
    <message>
        <source>Product launch</source>
        <translation>新品发布</translation>
    </message>
    <message>
        <source>Something new to buy: what it is, the promise in one line, price, when and where.</source>
        <translation>新品上市：是什么、一句话卖点、价格、何时何地购买。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Aurora Cold Brew</source>
        <translation>Aurora Cold Brew</translation>
    </message>
    <message>
        <source>The promise</source>
        <translation>卖点</translation>
    </message>
    <message>
        <source>What it does for the buyer, in a few words.</source>
        <translation>用几个词说明它能给买家带来什么。</translation>
    </message>
    <message>
        <source>smooth, bright, twelve hours in the making</source>
        <translation>顺滑明亮，历时十二小时冷萃</translation>
    </message>
    <message>
        <source>What makes it worth buying. On X this is shortened to fit.</source>
        <translation>为什么值得买。在 X 上会自动缩短以符合字数。</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>On sale from</source>
        <translation>开售日期</translation>
    </message>
    <message>
        <source>Leave empty if it is on sale now.</source>
        <translation>如果已经开售请留空。</translation>
    </message>
    <message>
        <source>Shop link</source>
        <translation>商店链接</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>A sale or special offer: the deal up front, the code, the deadline, the link.</source>
        <translation>打折或特别优惠：开门见山说优惠、优惠码、截止日期、链接。</translation>
    </message>
    <message>
        <source>The offer</source>
        <translation>优惠内容</translation>
    </message>
    <message>
        <source>The deal in a few words. Numbers sell: say exactly what they get.</source>
        <translation>用几个词说清优惠。数字最有说服力：明确说出能得到什么。</translation>
    </message>
    <message>
        <source>20% off every bag of beans</source>
        <translation>每袋咖啡豆 8 折</translation>
    </message>
    <message>
        <source>What is included, who it is for. On X this is shortened to fit.</source>
        <translation>包含什么、适合谁。在 X 上会自动缩短以符合字数。</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>优惠码</translation>
    </message>
    <message>
        <source>WINTER20</source>
        <translation>WINTER20</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>The last day of the offer.</source>
        <translation>优惠的最后一天。</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Refresh from VK and Facebook</source>
        <translation>从 VK 和 Facebook 刷新</translation>
    </message>
    <message>
        <source>◷ waiting · ⚠ missed · ✓ published — times are yours; hover for the market&apos;s</source>
        <translation>◷ 等待 · ⚠ 错过 · ✓ 已发布 —— 显示的是您的时间；悬停可查看受众所在地时间</translation>
    </message>
    <message>
        <source>Open the draft</source>
        <translation>打开草稿</translation>
    </message>
    <message>
        <source>Open the post</source>
        <translation>打开帖子</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Cancel this post</source>
        <translation>取消此帖</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Moving the post…</source>
        <translation>正在改期…</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>已改期。</translation>
    </message>
    <message>
        <source>Cancelling the post…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Sent — see the post&apos;s status.</source>
        <translation>已发送——请查看帖子状态。</translation>
    </message>
    <message>
        <source>Reading planned posts from VK and Facebook…</source>
        <translation>正在读取 VK 和 Facebook 上的定时帖子…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect {name}</source>
        <translation>连接 {name}</translation>
    </message>
    <message>
        <source>Connect your {name} account</source>
        <translation>连接您的 {name} 账号</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. Aurora Travel</source>
        <translation>便于识别的名称，例如 Aurora Travel</translation>
    </message>
    <message>
        <source>Goes to the password store only</source>
        <translation>只保存在密码库中</translation>
    </message>
    <message>
        <source>Paste the community key</source>
        <translation>粘贴社区密钥</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>App Key</source>
        <translation>App Key</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>应用密钥</translation>
    </message>
    <message>
        <source>Port on this computer</source>
        <translation>本机端口</translation>
    </message>
    <message>
        <source>Community key</source>
        <translation>社区密钥</translation>
    </message>
    <message>
        <source>Sign in in the browser</source>
        <translation>在浏览器中登录</translation>
    </message>
    <message>
        <source>Paste the address the browser ends on (or the code)</source>
        <translation>粘贴浏览器最后停留的地址（或授权码）</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Use this Page</source>
        <translation>使用此主页</translation>
    </message>
    <message>
        <source>Community id</source>
        <translation>社区 ID</translation>
    </message>
    <message>
        <source>The number in vk.com/club123456</source>
        <translation>vk.com/club123456 中的数字</translation>
    </message>
    <message>
        <source>Safe domain</source>
        <translation>安全域名</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Waiting for the browser… finish the sign-in there.</source>
        <translation>正在等待浏览器…请在浏览器中完成登录。</translation>
    </message>
    <message>
        <source>After allowing access, paste the address the browser ends on.</source>
        <translation>允许访问后，粘贴浏览器最后停留的地址。</translation>
    </message>
    <message>
        <source>Signed in. Choose the Page to post on.</source>
        <translation>已登录。请选择要发布的主页。</translation>
    </message>
    <message>
        <source>✗ Sign-in failed unexpectedly ({name}).</source>
        <translation>✗ 登录意外失败（{name}）。</translation>
    </message>
    <message>
        <source>✓ Connected. Asking {name} who this is…</source>
        <translation>✓ 已连接。正在向 {name} 查询账号信息…</translation>
    </message>
    <message>
        <source>✓ Connected; checking who it is failed: {error}</source>
        <translation>✓ 已连接；查询账号信息失败：{error}</translation>
    </message>
    <message>
        <source>✓ Connected as {who}.</source>
        <translation>✓ 已连接为 {who}。</translation>
    </message>
</context>
<context>
    <name>ConnectSteps</name>
    <message>
        <source>Sign in with X (OAuth 2.0)</source>
        <translation>通过 X 登录（OAuth 2.0）</translation>
    </message>
    <message>
        <source>Posts text and images as you. The sign-in renews itself every two hours, so it keeps working. X bills posting to the app&apos;s owner.</source>
        <translation>以您的身份发布文字和图片。登录每两小时自动续期，始终可用。X 向应用所有者收取发帖费用。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&apos;https://developer.x.com/en/portal/dashboard&apos;&gt;the X developer portal&lt;/a&gt; and create a Project and an App.&lt;/li&gt;&lt;li&gt;In the app&apos;s &lt;b&gt;User authentication settings&lt;/b&gt; choose &lt;b&gt;Read and write&lt;/b&gt; and the type &lt;b&gt;Native App&lt;/b&gt; (a public client: no secret).&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;Callback URI&lt;/b&gt; add exactly &lt;code&gt;{redirect}&lt;/code&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;OAuth 2.0 Client ID&lt;/b&gt; (Keys and tokens) and paste it below.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Sign in&lt;/b&gt;, then &lt;b&gt;Authorize app&lt;/b&gt; in the browser. SocialDesk asks for tweet.read, tweet.write, users.read, media.write and offline.access.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;打开 &lt;a href=&apos;https://developer.x.com/en/portal/dashboard&apos;&gt;X 开发者门户&lt;/a&gt;，创建一个 Project 和一个 App。&lt;/li&gt;&lt;li&gt;在应用的 &lt;b&gt;User authentication settings&lt;/b&gt; 中选择 &lt;b&gt;Read and write&lt;/b&gt;，类型选 &lt;b&gt;Native App&lt;/b&gt;（公共客户端，无需密钥）。&lt;/li&gt;&lt;li&gt;在 &lt;b&gt;Callback URI&lt;/b&gt; 中准确添加 &lt;code&gt;{redirect}&lt;/code&gt;。&lt;/li&gt;&lt;li&gt;复制 &lt;b&gt;OAuth 2.0 Client ID&lt;/b&gt;（Keys and tokens），粘贴到下方。&lt;/li&gt;&lt;li&gt;点击&lt;b&gt;在浏览器中登录&lt;/b&gt;，然后在浏览器中点击 &lt;b&gt;Authorize app&lt;/b&gt;。SocialDesk 请求 tweet.read、tweet.write、users.read、media.write 和 offline.access 权限。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>VK ID sign-in</source>
        <translation>通过 VK ID 登录</translation>
    </message>
    <message>
        <source>Text, photos and scheduling once VK has granted your app access to walls and photos; without it VK answers error 1051. Renews itself.</source>
        <translation>VK 授予应用墙和照片权限后，可发布文字、照片和定时帖子；否则 VK 会返回错误 1051。登录会自动续期。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create an app in &lt;a href=&apos;https://id.vk.com/about/business/go&apos;&gt;VK ID for business&lt;/a&gt; (platform: Web).&lt;/li&gt;&lt;li&gt;Add &lt;code&gt;{redirect}&lt;/code&gt; to the &lt;b&gt;trusted redirect URLs&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Ask VK for the &lt;b&gt;wall&lt;/b&gt; and &lt;b&gt;photos&lt;/b&gt; access (Access → individual access).&lt;/li&gt;&lt;li&gt;Paste the &lt;b&gt;App ID&lt;/b&gt; and your community&apos;s id below, press &lt;b&gt;Sign in&lt;/b&gt; and allow access in the browser.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;在 &lt;a href=&apos;https://id.vk.com/about/business/go&apos;&gt;VK ID 企业版&lt;/a&gt;中创建应用（平台：Web）。&lt;/li&gt;&lt;li&gt;将 &lt;code&gt;{redirect}&lt;/code&gt; 添加到&lt;b&gt;受信任的重定向地址&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;向 VK 申请 &lt;b&gt;wall&lt;/b&gt; 和 &lt;b&gt;photos&lt;/b&gt; 权限（访问权限 → 单独申请）。&lt;/li&gt;&lt;li&gt;在下方粘贴&lt;b&gt;应用 ID&lt;/b&gt; 和您的社区 ID，点击&lt;b&gt;在浏览器中登录&lt;/b&gt;，并在浏览器中允许访问。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Standalone app (paste the address)</source>
        <translation>Standalone 应用（粘贴地址）</translation>
    </message>
    <message>
        <source>Text, photos and scheduling; the sign-in does not expire. For VK apps of the older standalone type.</source>
        <translation>可发布文字、照片和定时帖子；登录不会过期。适用于旧式 Standalone 类型的 VK 应用。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href=&apos;https://vk.com/apps?act=manage&apos;&gt;your VK apps&lt;/a&gt; and create a &lt;b&gt;Standalone&lt;/b&gt; app (or open the one you have).&lt;/li&gt;&lt;li&gt;Paste its &lt;b&gt;App ID&lt;/b&gt; and your community&apos;s id below and press &lt;b&gt;Sign in&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Allow access in the browser. VK shows a page that says not to copy its address: for SocialDesk, copy it anyway — the whole address starting with &lt;code&gt;https://oauth.vk.com/blank.html#&lt;/code&gt; — and paste it below. It stays on this computer, in the password store.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;打开&lt;a href=&apos;https://vk.com/apps?act=manage&apos;&gt;您的 VK 应用&lt;/a&gt;，创建一个 &lt;b&gt;Standalone&lt;/b&gt; 应用（或打开已有的应用）。&lt;/li&gt;&lt;li&gt;在下方粘贴其&lt;b&gt;应用 ID&lt;/b&gt; 和您的社区 ID，然后点击&lt;b&gt;在浏览器中登录&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;在浏览器中允许访问。VK 会显示一个提示不要复制地址的页面：为了 SocialDesk，仍请复制完整地址（以 &lt;code&gt;https://oauth.vk.com/blank.html#&lt;/code&gt; 开头）并粘贴到下方。它只保存在本机的密码库中。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Community key (text only)</source>
        <translation>社区密钥（仅文字）</translation>
    </message>
    <message>
        <source>Text and scheduling only: VK uploads photos only with a person&apos;s sign-in.</source>
        <translation>仅文字和定时帖子：VK 只允许个人登录后上传照片。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open your community → &lt;b&gt;Manage&lt;/b&gt; → &lt;b&gt;API usage&lt;/b&gt; → &lt;b&gt;Access tokens&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Create a key with the permission to manage the &lt;b&gt;wall&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Paste the key and the community&apos;s id below and press &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;打开您的社区 → &lt;b&gt;管理&lt;/b&gt; → &lt;b&gt;API 使用&lt;/b&gt; → &lt;b&gt;访问密钥&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;创建一个有&lt;b&gt;墙&lt;/b&gt;管理权限的密钥。&lt;/li&gt;&lt;li&gt;在下方粘贴密钥和社区 ID，然后点击&lt;b&gt;保存&lt;/b&gt;。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Facebook Login (paste the address)</source>
        <translation>Facebook 登录（粘贴地址）</translation>
    </message>
    <message>
        <source>Posts and schedules on a Page you manage. SocialDesk keeps the Page&apos;s token, which does not expire.</source>
        <translation>在您管理的主页上发布和定时发布。SocialDesk 保存主页令牌，该令牌不会过期。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create an app at &lt;a href=&apos;https://developers.facebook.com/apps&apos;&gt;Meta for Developers&lt;/a&gt; (use case: manage everything on your Page).&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Facebook Login → Settings&lt;/b&gt; add &lt;code&gt;https://www.facebook.com/connect/login_success.html&lt;/code&gt; to the valid OAuth redirect URIs.&lt;/li&gt;&lt;li&gt;Paste the &lt;b&gt;App ID&lt;/b&gt; and the &lt;b&gt;App secret&lt;/b&gt; (App settings → Basic) below; the secret goes to the password store.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Sign in&lt;/b&gt;, choose your Page and allow pages_show_list, pages_manage_posts and pages_read_engagement.&lt;/li&gt;&lt;li&gt;Copy the address of the page that says &lt;i&gt;Success&lt;/i&gt; and paste it below; then pick the Page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;在 &lt;a href=&apos;https://developers.facebook.com/apps&apos;&gt;Meta for Developers&lt;/a&gt; 创建应用（用例：管理主页上的所有内容）。&lt;/li&gt;&lt;li&gt;在 &lt;b&gt;Facebook Login → Settings&lt;/b&gt; 中，将 &lt;code&gt;https://www.facebook.com/connect/login_success.html&lt;/code&gt; 添加到有效的 OAuth 重定向 URI。&lt;/li&gt;&lt;li&gt;在下方粘贴&lt;b&gt;应用 ID&lt;/b&gt; 和&lt;b&gt;应用密钥&lt;/b&gt;（App settings → Basic）；密钥只保存在密码库中。&lt;/li&gt;&lt;li&gt;点击&lt;b&gt;在浏览器中登录&lt;/b&gt;，选择您的主页，并允许 pages_show_list、pages_manage_posts 和 pages_read_engagement。&lt;/li&gt;&lt;li&gt;复制显示 &lt;i&gt;Success&lt;/i&gt; 的页面地址并粘贴到下方，然后选择主页。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Weibo sign-in (OAuth2)</source>
        <translation>微博登录（OAuth2）</translation>
    </message>
    <message>
        <source>Shares posts through Weibo&apos;s sharing API: at most 140 characters, no #topic#, a link to your safe domain. Until Weibo reviews your app only you and its test users can sign in (error 21321). The sign-in expires; then sign in again.</source>
        <translation>通过微博分享接口发布：最多 140 字，不能带 #话题#，须包含指向安全域名的链接。应用通过审核前，只有您和测试账号可以登录（错误 21321）。登录会过期，届时请重新登录。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create a web app at &lt;a href=&apos;https://open.weibo.com/apps&apos;&gt;Weibo Open Platform&lt;/a&gt;.&lt;/li&gt;&lt;li&gt;In &lt;b&gt;高级信息&lt;/b&gt; set the 授权回调页 (redirect) to &lt;code&gt;{redirect}&lt;/code&gt; and the 安全域名 (safe domain) to your site.&lt;/li&gt;&lt;li&gt;Paste the &lt;b&gt;App Key&lt;/b&gt; and &lt;b&gt;App Secret&lt;/b&gt; (应用信息) and the safe domain below.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Sign in&lt;/b&gt;, press 授权 in the browser and paste the address it ends on below.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;在&lt;a href=&apos;https://open.weibo.com/apps&apos;&gt;微博开放平台&lt;/a&gt;创建网站应用。&lt;/li&gt;&lt;li&gt;在&lt;b&gt;高级信息&lt;/b&gt;中将授权回调页设为 &lt;code&gt;{redirect}&lt;/code&gt;，将安全域名设为您的网站。&lt;/li&gt;&lt;li&gt;在下方粘贴 &lt;b&gt;App Key&lt;/b&gt;、&lt;b&gt;App Secret&lt;/b&gt;（应用信息）和安全域名。&lt;/li&gt;&lt;li&gt;点击&lt;b&gt;在浏览器中登录&lt;/b&gt;，在浏览器中点击“授权”，然后把最后停留的地址粘贴到下方。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>No {platform} account: the text is saved to the Outbox folder for you to post by hand.</source>
        <translation>没有 {platform} 账号：文本会保存到发件箱文件夹，供您手动发布。</translation>
    </message>
    <message>
        <source>{platform} has no scheduling of its own: the post waits in this computer&apos;s queue and needs this computer on at that time.</source>
        <translation>{platform} 没有自己的定时发布：帖子在本机队列中等待，届时需要本机开着。</translation>
    </message>
    <message>
        <source>Post by hand: SocialDesk copies the text, saves the images and opens {platform}&apos;s composer; you paste and post there.</source>
        <translation>手动发布：SocialDesk 会复制文字、保存图片并打开 {platform} 发布框；请在那里粘贴并发布。</translation>
    </message>
    <message>
        <source>The {platform} text is empty.</source>
        <translation>{platform} 的文本为空。</translation>
    </message>
    <message>
        <source>The {platform} text is {count} characters, {over} over the limit of {limit}. Shorten it.</source>
        <translation>{platform} 的文本有 {count} 个字符，超出上限 {limit} 共 {over} 个。请删减。</translation>
    </message>
    <message>
        <source>Already sent on {time}; you asked to publish it again.</source>
        <translation>已于 {time} 发送；您要求再次发布。</translation>
    </message>
    <message>
        <source>An earlier attempt ({time}) has an unknown outcome. Check {platform}; publish again only if the post is not there.</source>
        <translation>之前的一次尝试（{time}）结果未知。请先查看 {platform}，只有帖子不在那里时才再次发布。</translation>
    </message>
    <message>
        <source>Already published on {time} with this text; not sent again.</source>
        <translation>已于 {time} 以此文本发布；不再重复发送。</translation>
    </message>
    <message>
        <source>Posted as a thread of {count} parts, each a reply to the one before.</source>
        <translation>以串推形式发布，共 {count} 条，每条回复上一条。</translation>
    </message>
    <message>
        <source>Already published as a thread on {time} with this text; not sent again.</source>
        <translation>已于 {time} 以串推形式发布过此文本，不再重复发送。</translation>
    </message>
    <message>
        <source>Weibo&apos;s sharing API takes one picture per post; {count} are chosen. In the Images panel, keep one for Weibo and leave the others out.</source>
        <translation>微博分享接口每条微博只能带一张图片，现已选 {count} 张。请在“图片”面板中为微博只保留一张，其余取消。</translation>
    </message>
    <message>
        <source>Weibo&apos;s composer takes at most {max} images per post; {count} are chosen. In the Images panel, leave {extra} out for Weibo.</source>
        <translation>微博发布框每条微博最多 {max} 张图片，现已选 {count} 张。请在“图片”面板中为微博取消 {extra} 张。</translation>
    </message>
    <message>
        <source>{platform} takes at most {max} images per post; {count} are chosen. In the Images panel, leave {extra} out for {platform}.</source>
        <translation>{platform} 每条帖子最多 {max} 张图片，现已选 {count} 张。请在“图片”面板中为 {platform} 取消 {extra} 张。</translation>
    </message>
    <message>
        <source>{platform} takes at most {max} images per post; {count} are chosen for post {post} of the thread. In the Images panel, put {extra} on another post or leave {extra} out for {platform}.</source>
        <translation>{platform} 每条帖子最多 {max} 张图片，串文第 {post} 条现已选 {count} 张。请在“图片”面板中把多出的 {extra} 张移到另一条，或为 {platform} 取消。</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>印地语</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>印尼语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>哈萨克语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>荷兰语</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>波兰语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>泰语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>越南语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Google Translate (no key)</source>
        <translation>Google 翻译（无需密钥）</translation>
    </message>
    <message>
        <source>MyMemory (no key)</source>
        <translation>MyMemory（无需密钥）</translation>
    </message>
    <message>
        <source>Microsoft Translator</source>
        <translation>微软翻译</translation>
    </message>
    <message>
        <source>Yandex Translate</source>
        <translation>Yandex 翻译</translation>
    </message>
    <message>
        <source>Baidu Translate</source>
        <translation>百度翻译</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Community id</source>
        <translation>社区 ID</translation>
    </message>
    <message>
        <source>The number in vk.com/club123456, or the link</source>
        <translation>vk.com/club123456 中的数字，或直接填写链接</translation>
    </message>
    <message>
        <source>User access token</source>
        <translation>用户访问令牌</translation>
    </message>
    <message>
        <source>A user token with the &apos;wall&apos; scope</source>
        <translation>具有 wall 权限的用户令牌</translation>
    </message>
    <message>
        <source>Safe-domain URL</source>
        <translation>安全域名网址</translation>
    </message>
    <message>
        <source>Your app&apos;s registered safe domain; every post must link to it</source>
        <translation>您的应用登记的安全域名；每条帖子都必须包含指向它的链接</translation>
    </message>
    <message>
        <source>OAuth2 access token</source>
        <translation>OAuth2 访问令牌</translation>
    </message>
    <message>
        <source>OAuth 2.0 user token</source>
        <translation>OAuth 2.0 用户令牌</translation>
    </message>
    <message>
        <source>User-context token with tweet.write</source>
        <translation>带 tweet.write 权限的用户上下文令牌</translation>
    </message>
    <message>
        <source>API key (consumer key)</source>
        <translation>API 密钥（consumer key）</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>API 密钥 secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Access token secret</source>
        <translation>访问令牌 secret</translation>
    </message>
    <message>
        <source>Page id</source>
        <translation>主页 ID</translation>
    </message>
    <message>
        <source>The number in the Page&apos;s About section</source>
        <translation>主页“关于”栏目中的数字</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>主页访问令牌</translation>
    </message>
    <message>
        <source>With pages_manage_posts</source>
        <translation>需具备 pages_manage_posts 权限</translation>
    </message>
    <message>
        <source>Plain text (a folder with one .txt per platform)</source>
        <translation>纯文本（一个文件夹，每个平台一个 .txt）</translation>
    </message>
    <message>
        <source>Plain text in a .zip</source>
        <translation>纯文本（.zip 压缩包）</translation>
    </message>
    <message>
        <source>Markdown document</source>
        <translation>Markdown 文档</translation>
    </message>
    <message>
        <source>HTML proof (opens in any browser)</source>
        <translation>HTML 校样（任何浏览器均可打开）</translation>
    </message>
    <message>
        <source>PDF proof (printable)</source>
        <translation>PDF 校样（可打印）</translation>
    </message>
    <message>
        <source>CSV for bulk schedulers</source>
        <translation>供批量排期工具使用的 CSV</translation>
    </message>
    <message>
        <source>JSON for scripts</source>
        <translation>供脚本使用的 JSON</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>还有 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>输入文字</translation>
    </message>
    <message>
        <source>Typing in {platform}</source>
        <translation>输入 {platform} 文本</translation>
    </message>
    <message>
        <source>Translate {platform}</source>
        <translation>翻译 {platform}</translation>
    </message>
    <message>
        <source>Change {platform} text</source>
        <translation>更改 {platform} 文本</translation>
    </message>
    <message>
        <source>Revert {platform} to master</source>
        <translation>{platform} 恢复为主文本</translation>
    </message>
    <message>
        <source>Turn on {platform}</source>
        <translation>启用 {platform}</translation>
    </message>
    <message>
        <source>Turn off {platform}</source>
        <translation>停用 {platform}</translation>
    </message>
    <message>
        <source>{platform} language: {language}</source>
        <translation>{platform} 语言：{language}</translation>
    </message>
    <message>
        <source>{platform} account</source>
        <translation>{platform} 账号</translation>
    </message>
    <message>
        <source>Edit field “{field}”</source>
        <translation>编辑字段“{field}”</translation>
    </message>
    <message>
        <source>Remove field “{field}”</source>
        <translation>删除字段“{field}”</translation>
    </message>
    <message>
        <source>Add image “{name}”</source>
        <translation>添加图片“{name}”</translation>
    </message>
    <message>
        <source>Remove image “{name}”</source>
        <translation>删除图片“{name}”</translation>
    </message>
    <message>
        <source>X Premium</source>
        <translation>X Premium</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>EditorColumn</name>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the final texts as files or as a proof for a client</source>
        <translation>将最终文本导出为文件，或导出为给客户确认的校样</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <source>Exporting {format}…</source>
        <translation>正在导出 {format}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>注意：{note}</translation>
    </message>
    <message>
        <source>The export failed unexpectedly: {problem}</source>
        <translation>导出意外失败：{problem}</translation>
    </message>
    <message>
        <source>a spreadsheet (formulas made harmless)</source>
        <translation>电子表格（公式已失效）</translation>
    </message>
    <message>
        <source>a bulk scheduler (texts exactly as written)</source>
        <translation>批量排期工具（文本原样保留）</translation>
    </message>
    <message>
        <source>For a spreadsheet, a text that starts with =, +, -, @ or a tab gets a &apos; in front so that it cannot run as a formula. For a bulk scheduler, every text is exactly as written: don&apos;t open that file in a spreadsheet.</source>
        <translation>用于电子表格时，以 =、+、-、@ 或制表符开头的文本前会加上 &apos;，不会被当作公式执行。用于批量排期工具时，所有文本原样保留：请勿用电子表格打开该文件。</translation>
    </message>
    <message>
        <source>CSV for</source>
        <translation>CSV 用于</translation>
    </message>
    <message>
        <source>Nothing was exported: the draft&apos;s pictures from outside its folder were not allowed.</source>
        <translation>未导出任何内容：未允许使用草稿文件夹之外的图片。</translation>
    </message>
</context>
<context>
    <name>FieldsForm</name>
    <message>
        <source>&amp;Templates…</source>
        <translation>模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Manage templates: edit them with a live preview on every platform</source>
        <translation>管理模板：编辑时可实时预览各平台效果</translation>
    </message>
    <message>
        <source>Fill in {fields} in the template form to make this post.</source>
        <translation>请在模板表单中填写{fields}，即可生成此帖子。</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>&lt;b&gt;Template fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;模板字段&lt;/b&gt;</translation>
    </message>
    <message>
        <source>+ Add field</source>
        <translation>+ 添加字段</translation>
    </message>
    <message>
        <source>No fields. Templates fill {{ placeholders }} from these.</source>
        <translation>没有字段。模板会用这里的值填充 {{ 占位符 }}。</translation>
    </message>
    <message>
        <source>Remove the field “{name}”</source>
        <translation>删除字段“{name}”</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>添加字段</translation>
    </message>
    <message>
        <source>Field name (letters, digits, _):</source>
        <translation>字段名（字母、数字、_）：</translation>
    </message>
    <message>
        <source>“{name}” is not a field name: use letters, digits and _.</source>
        <translation>“{name}”不是有效的字段名：请使用字母、数字和 _。</translation>
    </message>
</context>
<context>
    <name>FindingsBar</name>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Fix All</source>
        <translation>全部修正</translation>
    </message>
    <message numerus="yes">
        <source>%n typography finding(s)</source>
        <translation>
            <numerusform>%n 处排版问题</numerusform>
        </translation>
    </message>
    <message>
        <source>full-width punctuation in Chinese</source>
        <translation>中文使用全角标点</translation>
    </message>
    <message>
        <source>spacing between Chinese and Latin letters or digits</source>
        <translation>中文与拉丁字母或数字之间的空格</translation>
    </message>
    <message>
        <source>a character of the other Chinese script</source>
        <translation>另一种中文字形（简体或繁体）的字</translation>
    </message>
    <message>
        <source>«ёлочки» quotes in Russian</source>
        <translation>俄文使用书名式引号 «»</translation>
    </message>
    <message>
        <source>an em dash instead of a hyphen</source>
        <translation>用长破折号代替连字符</translation>
    </message>
    <message>
        <source>a non-breaking space before the em dash</source>
        <translation>长破折号前使用不换行空格</translation>
    </message>
    <message>
        <source>the house style of quotes</source>
        <translation>统一的引号样式</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>{problem}. Saving keeps a copy of the damaged file beside the new one.</source>
        <translation>{problem}。保存时会在新文件旁保留一份损坏文件的副本。</translation>
    </message>
    <message>
        <source>Terms listed here are never sent for translation. Leave a language empty to keep the term as written (brand and product names); fill it to always use that translation.</source>
        <translation>这里列出的术语不会被送去翻译。某种语言留空表示保持原文（品牌和产品名称）；填写后则始终使用该译法。</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>删除术语</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>添加语言</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Not saved: {problem}.</source>
        <translation>未保存：{problem}。</translation>
    </message>
    <message>
        <source>Not saved: cannot keep a copy of the damaged file ({exc}).</source>
        <translation>未保存：无法保留损坏文件的副本（{exc}）。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Show the &amp;Tour</source>
        <translation>功能导览(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>报告问题(&amp;R)…</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About SocialDesk</source>
        <translation>关于 SocialDesk(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “{title}”</source>
        <translation>“{title}”的历史版本</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt; (newest first)</source>
        <translation>&lt;b&gt;版本&lt;/b&gt;（最新在前）</translation>
    </message>
    <message>
        <source>Text of</source>
        <translation>文本：</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>主文本</translation>
    </message>
    <message>
        <source>compared with</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>恢复此版本(&amp;R)</translation>
    </message>
    <message>
        <source>Put this version back in the editor; Edit ▸ Undo takes it back again</source>
        <translation>将此版本放回编辑器；“编辑 ▸ 撤销”可再次撤回</translation>
    </message>
    <message>
        <source>the draft now</source>
        <translation>当前草稿</translation>
    </message>
    <message>
        <source>version of {when}</source>
        <translation>{when} 的版本</translation>
    </message>
    <message>
        <source>No versions yet. A version is kept each time you save, publish, translate all cards or apply a template.</source>
        <translation>还没有版本。每次保存、发布、翻译全部卡片或应用模板时都会保留一个版本。</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Before translating all cards</source>
        <translation>翻译全部卡片之前</translation>
    </message>
    <message>
        <source>Before applying template “{name}”</source>
        <translation>应用模板“{name}”之前</translation>
    </message>
    <message>
        <source>Before restoring the version of {when}</source>
        <translation>恢复 {when} 的版本之前</translation>
    </message>
    <message>
        <source>Version of {when}</source>
        <translation>{when} 的版本</translation>
    </message>
    <message>
        <source>The draft now</source>
        <translation>当前草稿</translation>
    </message>
    <message>
        <source>The same text.</source>
        <translation>文本相同。</translation>
    </message>
    <message>
        <source>{removed:,} characters only on the left, {added:,} only on the right.</source>
        <translation>仅左侧有 {removed:,} 个字符，仅右侧有 {added:,} 个。</translation>
    </message>
    <message>
        <source>Restore version of {when}</source>
        <translation>恢复 {when} 的版本</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>历史版本(&amp;H)…</translation>
    </message>
    <message>
        <source>Earlier versions of this draft: compare them and restore one</source>
        <translation>此草稿的早期版本：比较并恢复其中之一</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已定时</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>选择文稿库文件夹</translation>
    </message>
    <message>
        <source>Search all texts and translations…</source>
        <translation>搜索所有文本和译文…</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Move to Trash…</source>
        <translation>移到回收站…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library&lt;/b&gt; · {folder}</source>
        <translation>&lt;b&gt;文稿库&lt;/b&gt; · {folder}</translation>
    </message>
    <message>
        <source>{shown:,} of {total:,} drafts match</source>
        <translation>{total:,} 篇草稿中有 {shown:,} 篇符合</translation>
    </message>
    <message numerus="yes">
        <source>%Ln draft(s)</source>
        <translation>
            <numerusform>%Ln 篇草稿</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}
{reason}
The file is left as it is.</source>
        <translation>{path}
{reason}
该文件保持原样。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the folder could not be read as drafts</source>
        <translation>
            <numerusform>文件夹中有 %n 个文件无法作为草稿读取</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated as {name}</source>
        <translation>已创建副本：{name}</translation>
    </message>
    <message>
        <source>Renamed to “{title}”</source>
        <translation>已重命名为“{title}”</translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation>重命名草稿</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>新标题：</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Move “{name}” to the trash?</source>
        <translation>将“{name}”移到回收站？</translation>
    </message>
    <message>
        <source>No trash available</source>
        <translation>没有可用的回收站</translation>
    </message>
    <message>
        <source>Delete it permanently instead? This cannot be undone.</source>
        <translation>改为永久删除？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>文稿库文件夹</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文稿库</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文稿库(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LinkCards</name>
    <message>
        <source>Show the link preview again</source>
        <translation>重新显示链接预览</translation>
    </message>
</context>
<context>
    <name>LinkPreview</name>
    <message>
        <source>Remove the link preview from this post</source>
        <translation>从此帖中移除链接预览</translation>
    </message>
    <message>
        <source>Remove link preview</source>
        <translation>移除链接预览</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Master text</source>
        <translation>主文本</translation>
    </message>
    <message>
        <source>Write the post once. #hashtags, @mentions and links are highlighted; the cards show it as each platform will.</source>
        <translation>帖子只需写一次。#话题标签、@提及和链接会高亮显示，右侧卡片按各平台的样子展示它。</translation>
    </message>
    <message>
        <source>Draft title</source>
        <translation>草稿标题</translation>
    </message>
    <message>
        <source>Check against</source>
        <translation>按平台检查</translation>
    </message>
    <message>
        <source>The platform whose limit marks the master text red, and whose entities are highlighted</source>
        <translation>以该平台的字数上限把主文本超出部分标红，并按它的规则高亮话题和链接</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>主文本</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>X Premium account (25,000 characters)</source>
        <translation>X Premium 账号（25,000 字符）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Edit &amp;platform text</source>
        <translation>编辑平台文本(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;vert to master</source>
        <translation>恢复为主文本(&amp;V)</translation>
    </message>
    <message>
        <source>Platforms in this &amp;draft</source>
        <translation>本草稿的平台(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Preview &amp;layout</source>
        <translation>预览布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Grid (two columns)</source>
        <translation>网格（两列）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Row (side by side)</source>
        <translation>横排（并排）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>卡片(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpand all posts</source>
        <translation>展开所有帖子(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Fold all posts</source>
        <translation>折叠所有帖子(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Open recovery folder</source>
        <translation>打开恢复文件夹</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>撤销“{step}”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>重做“{step}”(&amp;R)</translation>
    </message>
    <message>
        <source>Master language: {code}</source>
        <translation>主文本语言：{code}</translation>
    </message>
    <message>
        <source>{name} (its own text)</source>
        <translation>{name}（单独文本）</translation>
    </message>
    <message>
        <source> — {over:,} over</source>
        <translation> — 超出 {over:,}</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>无法打开草稿</translation>
    </message>
    <message>
        <source>Opened {target}</source>
        <translation>已打开 {target}</translation>
    </message>
    <message>
        <source>Cannot save the draft</source>
        <translation>无法保存草稿</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>已保存 {target}</translation>
    </message>
    <message>
        <source>The draft was renamed to {name}</source>
        <translation>草稿已重命名为 {name}</translation>
    </message>
    <message>
        <source>{name} was removed from the library; the draft stays open here, unsaved — Save asks where to keep it.</source>
        <translation>{name} 已从文稿库中移除；草稿仍在此处打开但未保存——保存时会询问存放位置。</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>No recent drafts</source>
        <translation>没有最近的草稿</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <source>Autosaved {strftime}</source>
        <translation>已于 {strftime} 自动保存</translation>
    </message>
    <message>
        <source>An autosaved draft is damaged</source>
        <translation>自动保存的草稿已损坏</translation>
    </message>
    <message>
        <source>{exc}

It stays in the recovery folder: {parent}</source>
        <translation>{exc}

它仍保留在恢复文件夹中：{parent}</translation>
    </message>
    <message>
        <source>Restored the autosaved draft</source>
        <translation>已恢复自动保存的草稿</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “{display_name}”?</source>
        <translation>保存对“{display_name}”的更改？</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的内容？</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>never saved to a file</source>
        <translation>从未保存到文件</translation>
    </message>
    <message>
        <source>SocialDesk did not close normally. Restore “{title}”?</source>
        <translation>SocialDesk 上次未正常关闭。要恢复“{title}”吗？</translation>
    </message>
    <message>
        <source>It was autosaved at {saved_at_local} ({where}). Discard deletes the autosave; Not now keeps it for the next start.</source>
        <translation>它于 {saved_at_local} 自动保存（{where}）。“丢弃”会删除这份自动保存；“暂不”会保留到下次启动。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>SocialDesk drafts (*{suffix});;All files (*)</source>
        <translation>SocialDesk 草稿 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>打开草稿</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>{display_name}[*] — SocialDesk</source>
        <translation>{display_name}[*] — SocialDesk</translation>
    </message>
</context>
<context>
    <name>MarketTime</name>
    <message>
        <source>{time} your time</source>
        <translation>您的时间 {time}</translation>
    </message>
    <message>
        <source>{market} ({time} your time)</source>
        <translation>{market}（您的时间 {time}）</translation>
    </message>
</context>
<context>
    <name>MediaActions</name>
    <message>
        <source>Attach &amp;Images…</source>
        <translation>添加图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Paste Ima&amp;ge</source>
        <translation>粘贴图片(&amp;G)</translation>
    </message>
    <message>
        <source>The clipboard holds no picture; copy an image first.</source>
        <translation>剪贴板中没有图片，请先复制一张图片。</translation>
    </message>
</context>
<context>
    <name>MediaCanvas</name>
    <message>
        <source>Cannot show {image}: {path}</source>
        <translation>无法显示 {image}：{path}</translation>
    </message>
    <message>
        <source>{image} — alt text: {alt}</source>
        <translation>{image} — 替代文本：{alt}</translation>
    </message>
    <message>
        <source>{image} (no alt text)</source>
        <translation>{image}（无替代文本）</translation>
    </message>
    <message>
        <source>Missing image {number}</source>
        <translation>缺少图片 {number}</translation>
    </message>
</context>
<context>
    <name>MediaController</name>
    <message>
        <source>Attach images</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name}: already attached</source>
        <translation>{name}：已添加</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>添加图片</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n image(s)</source>
        <translation>
            <numerusform>已添加 %n 张图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not attached</source>
        <translation>部分文件未能添加</translation>
    </message>
    <message>
        <source>SocialDesk attaches JPEG, PNG, GIF and WebP pictures.</source>
        <translation>SocialDesk 支持添加 JPEG、PNG、GIF 和 WebP 图片。</translation>
    </message>
    <message>
        <source>The picture was not attached</source>
        <translation>图片未能添加</translation>
    </message>
    <message>
        <source>Could not save it to {target}.</source>
        <translation>无法将其保存到 {target}。</translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation>编辑替代文字</translation>
    </message>
    <message>
        <source>Choose platforms for an image</source>
        <translation>选择图片的平台</translation>
    </message>
    <message>
        <source>Move image</source>
        <translation>移动图片</translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Making copies that fit {name}…</source>
        <translation>正在生成符合 {name} 要求的副本…</translation>
    </message>
    <message>
        <source>No copy was made</source>
        <translation>未生成副本</translation>
    </message>
    <message>
        <source>Fit images</source>
        <translation>调整图片</translation>
    </message>
    <message>
        <source>Made {join} (the originals are unchanged)</source>
        <translation>已生成 {join}（原文件未改动）</translation>
    </message>
    <message>
        <source>Some images could not be made to fit</source>
        <translation>部分图片无法调整到符合要求</translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Images as {name} shows them</source>
        <translation>图片在 {name} 上的显示效果</translation>
    </message>
    <message>
        <source>Make it fit</source>
        <translation>调整为合规</translation>
    </message>
    <message>
        <source>Make smaller or converted copies of the images that are too large or in a format this platform does not take. The original files stay as they are.</source>
        <translation>为过大或格式不受该平台支持的图片生成缩小或转换后的副本。原始文件保持不变。</translation>
    </message>
    <message>
        <source>  (+{count} more)</source>
        <translation>  （另有 {count} 项）</translation>
    </message>
</context>
<context>
    <name>MediaPanel</name>
    <message>
        <source>Missing: no file at {path}</source>
        <translation>缺失：{path} 处没有文件</translation>
    </message>
    <message>
        <source>{count} frames</source>
        <translation>{count} 帧</translation>
    </message>
    <message>
        <source>has location data</source>
        <translation>含位置信息</translation>
    </message>
    <message>
        <source>has camera details</source>
        <translation>含相机信息</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Strip location and camera data</source>
        <translation>去除位置和相机信息</translation>
    </message>
    <message>
        <source>When on, the GPS position, camera make and model, XMP and comments are taken out of every image SocialDesk uploads or exports. Your files are not changed.</source>
        <translation>开启后，SocialDesk 上传或导出的每张图片都会去除 GPS 位置、相机品牌和型号、XMP 与注释。您的原文件不会改动。</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <source>Attach JPEG, PNG, GIF or WebP pictures (Ctrl+Shift+I)</source>
        <translation>添加 JPEG、PNG、GIF 或 WebP 图片（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Drop pictures here, or paste one (Ctrl+V). JPEG, PNG, GIF or WebP.</source>
        <translation>把图片拖到这里，或直接粘贴（Ctrl+V）。支持 JPEG、PNG、GIF 或 WebP。</translation>
    </message>
    <message>
        <source>Images ({len})</source>
        <translation>图片（{len}）</translation>
    </message>
</context>
<context>
    <name>MediaRow</name>
    <message>
        <source>Alt text: describe the picture for people who cannot see it</source>
        <translation>替代文本：为看不到图片的人描述图片内容</translation>
    </message>
    <message>
        <source>Alt text of image {value}</source>
        <translation>图片 {value} 的替代文本</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>发往：</translation>
    </message>
    <message>
        <source>Send this picture to {name}</source>
        <translation>将这张图片发往 {name}</translation>
    </message>
    <message>
        <source>X post </source>
        <translation>X 帖子 </translation>
    </message>
    <message>
        <source>The post of the X thread this picture goes on</source>
        <translation>这张图片附在 X 串推的哪一条</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove from the draft (the file stays)</source>
        <translation>从草稿中移除（文件保留）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move post</source>
        <translation>改期</translation>
    </message>
    <message>
        <source>New time (your time):</source>
        <translation>新时间（您的时间）：</translation>
    </message>
</context>
<context>
    <name>OutsideImages</name>
    <message>
        <source>Image {number}: {path}</source>
        <translation>图片 {number}：{path}</translation>
    </message>
    <message>
        <source>Pictures from outside the draft&apos;s folder</source>
        <translation>草稿文件夹之外的图片</translation>
    </message>
    <message>
        <source>This draft attaches pictures that are not in its own folder. Upload them only if you trust where the draft came from:</source>
        <translation>此草稿附带了不在其文件夹中的图片。只有在信任草稿来源时才上传它们：</translation>
    </message>
    <message>
        <source>Upload them</source>
        <translation>上传这些图片</translation>
    </message>
    <message>
        <source>This draft attaches pictures that are not in its own folder. Export them only if you trust where the draft came from:</source>
        <translation>此草稿附带了不在其文件夹中的图片。只有在信任草稿来源时才导出它们：</translation>
    </message>
    <message>
        <source>Export them</source>
        <translation>导出这些图片</translation>
    </message>
</context>
<context>
    <name>PlatformCard</name>
    <message>
        <source>Inherits master</source>
        <translation>沿用主文本</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>已翻译</translation>
    </message>
    <message>
        <source>From template</source>
        <translation>来自模板</translation>
    </message>
    <message>
        <source>{name} preview</source>
        <translation>{name} 预览</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Write {name}&apos;s own text</source>
        <translation>为 {name} 单独撰写文本</translation>
    </message>
    <message>
        <source>Revert to master</source>
        <translation>恢复为主文本</translation>
    </message>
    <message>
        <source>{name} inherits the master text again</source>
        <translation>{name} 重新沿用主文本</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文本</translation>
    </message>
    <message>
        <source>Hide card</source>
        <translation>隐藏卡片</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Post as shown on {name}</source>
        <translation>帖子在 {name} 上的显示效果</translation>
    </message>
    <message>
        <source>{name} won’t take this post: the marked part is over its limit</source>
        <translation>{name} 不会接受这条帖子：标出的部分超出上限</translation>
    </message>
    <message>
        <source>{over:,} over the limit</source>
        <translation>超出上限 {over:,}</translation>
    </message>
    <message>
        <source>can’t be posted</source>
        <translation>无法发布</translation>
    </message>
    <message>
        <source>expanded</source>
        <translation>已展开</translation>
    </message>
    <message>
        <source>folded in feed</source>
        <translation>信息流中折叠</translation>
    </message>
    <message>
        <source>Thread of {n} posts</source>
        <translation>串推，共 {n} 条</translation>
    </message>
    <message>
        <source>{state} · master changed since</source>
        <translation>{state} · 主文本之后已改动</translation>
    </message>
</context>
<context>
    <name>PlatformRow</name>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已定时</translation>
    </message>
    <message>
        <source>Saved to the Outbox</source>
        <translation>已存入发件箱</translation>
    </message>
    <message>
        <source>Not sent again</source>
        <translation>未重复发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Queued on this computer</source>
        <translation>已在本机排队</translation>
    </message>
    <message>
        <source>Ready to post by hand</source>
        <translation>可手动发布</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>This platform&apos;s time, in the zone shown beside it</source>
        <translation>此平台的时间，按旁边显示的时区</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open the composer</source>
        <translation>打开发布框</translation>
    </message>
    <message>
        <source>Open the post</source>
        <translation>打开帖子</translation>
    </message>
    <message numerus="yes">
        <source>Pictures: %n</source>
        <translation>
            <numerusform>图片：%n 张</numerusform>
        </translation>
    </message>
    <message>
        <source>{number}. {path} ⚠ outside the draft&apos;s folder</source>
        <translation>{number}. {path} ⚠ 不在草稿文件夹中</translation>
    </message>
</context>
<context>
    <name>PostChip</name>
    <message>
        <source>Needs this computer on at that time.</source>
        <translation>届时需要本机开着。</translation>
    </message>
</context>
<context>
    <name>PreviewUpdater</name>
    <message>
        <source>Could not count this text: {result}</source>
        <translation>无法统计此文本：{result}</translation>
    </message>
</context>
<context>
    <name>ProblemReportDialog</name>
    <message>
        <source>Report a problem</source>
        <translation>报告问题</translation>
    </message>
    <message>
        <source>This report holds the app&apos;s log, its version and your system&apos;s, and which settings are set (not their values). Tokens, keys and passwords are removed, and the log never contains the text of your posts. Send it to whoever supports your SocialDesk.</source>
        <translation>报告包含程序日志、程序和系统的版本，以及已设置了哪些选项（不含具体值）。令牌、密钥和密码都会被移除，日志也从不记录您的帖子内容。请把它发给为您提供 SocialDesk 支持的人。</translation>
    </message>
    <message>
        <source>Save as Zip…</source>
        <translation>另存为 Zip…</translation>
    </message>
    <message>
        <source>Copy to Clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Save problem report</source>
        <translation>保存问题报告</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>报告已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ProofingController</name>
    <message>
        <source>No spelling dictionary for {language} is installed, so its spelling is not checked.</source>
        <translation>未安装{language}的拼写词典，因此不检查拼写。</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>添加到词典</translation>
    </message>
    <message>
        <source>&amp;Proofing</source>
        <translation>校对(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;Spelling as You Type</source>
        <translation>输入时检查拼写(&amp;S)</translation>
    </message>
    <message>
        <source>Check &amp;Typography</source>
        <translation>检查排版(&amp;T)</translation>
    </message>
    <message>
        <source>Chinese: Full-Width Punctuation</source>
        <translation>中文：全角标点</translation>
    </message>
    <message>
        <source>Chinese: Space Next to Latin Letters and Digits</source>
        <translation>中文：与拉丁字母和数字之间的空格</translation>
    </message>
    <message>
        <source>Add a Space</source>
        <translation>加空格</translation>
    </message>
    <message>
        <source>No Space</source>
        <translation>不加空格</translation>
    </message>
    <message>
        <source>Don&apos;t Check</source>
        <translation>不检查</translation>
    </message>
    <message>
        <source>Russian: «Ёлочки» Quotes</source>
        <translation>俄文：«» 引号</translation>
    </message>
    <message>
        <source>Russian: Em Dashes</source>
        <translation>俄文：长破折号</translation>
    </message>
    <message>
        <source>English: Quotes</source>
        <translation>英文：引号</translation>
    </message>
    <message>
        <source>Curly “ ” ’</source>
        <translation>弯引号 “ ” ’</translation>
    </message>
    <message>
        <source>Straight &quot; &apos;</source>
        <translation>直引号 &quot; &apos;</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (Taiwan)</source>
        <translation>转换为繁体中文（台湾）</translation>
    </message>
    <message>
        <source>Convert to Traditional Chinese (Hong Kong)</source>
        <translation>转换为繁体中文（香港）</translation>
    </message>
    <message>
        <source>Convert to Simplified Chinese</source>
        <translation>转换为简体中文</translation>
    </message>
    <message>
        <source>Convert {name}</source>
        <translation>转换 {name}</translation>
    </message>
</context>
<context>
    <name>PublishActions</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Publish the post to every enabled platform</source>
        <translation>将帖子发布到所有已启用的平台</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Your accounts on VK, Weibo, X and Facebook</source>
        <translation>您在 VK、微博、X 和 Facebook 的账号</translation>
    </message>
    <message>
        <source>Publish through Weibo&apos;s API (140 characters, no #topics#)</source>
        <translation>通过微博接口发布（140 字，不带 #话题#）</translation>
    </message>
    <message>
        <source>Checked: sent through Weibo&apos;s sharing API. Unchecked: posted by hand in Weibo&apos;s composer (2,000 characters).</source>
        <translation>勾选：通过微博分享接口发送。不勾选：在微博发布框中手动发布（2000 字）。</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>No account — save to the Outbox folder</source>
        <translation>不使用账号——保存到发件箱文件夹</translation>
    </message>
    <message>
        <source>Publish “{display_name}”</source>
        <translation>发布“{display_name}”</translation>
    </message>
    <message>
        <source>Publish again where this text is already published</source>
        <translation>在已发布过此文本的平台上再次发布</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>账号…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Publishing… each platform shows its progress.</source>
        <translation>正在发布……每个平台分别显示进度。</translation>
    </message>
    <message>
        <source>No platform is enabled in this draft.</source>
        <translation>此草稿没有启用任何平台。</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n problem(s) marked ✗ before publishing; nothing has been sent.</source>
        <translation>
            <numerusform>发布前请先解决标有 ✗ 的 %n 个问题；尚未发送任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry sends only the failed platforms.</source>
        <translation>“重试”只会发送失败的平台。</translation>
    </message>
    <message>
        <source>Everything here is already published with this text.</source>
        <translation>这里的所有平台都已发布过此文本。</translation>
    </message>
    <message>
        <source>Ready to publish to {join}.</source>
        <translation>可以发布到 {join}。</translation>
    </message>
    <message>
        <source>Save to Outbox</source>
        <translation>保存到发件箱</translation>
    </message>
    <message>
        <source>Schedule for</source>
        <translation>定时发布于</translation>
    </message>
    <message>
        <source>VK and Facebook hold the post until then; X and Weibo wait in this computer&apos;s queue, which needs the computer on at that time</source>
        <translation>VK 和 Facebook 会保存帖子直到那时；X 和微博在本机队列中等待，届时需要本机开着</translation>
    </message>
    <message>
        <source>in each audience&apos;s time zone</source>
        <translation>按各受众所在时区</translation>
    </message>
    <message>
        <source>in my time zone</source>
        <translation>按我的时区</translation>
    </message>
    <message>
        <source>Send the ready ones</source>
        <translation>发送已就绪的</translation>
    </message>
    <message>
        <source>Publish the platforms that have no problem; the others stay marked</source>
        <translation>发布没有问题的平台；其余平台保持标记</translation>
    </message>
    <message numerus="yes">
        <source>%n platform(s) cannot go yet (marked ✗). Fix them, or send the ready ones now; nothing has been sent.</source>
        <translation>
            <numerusform>%n 个平台尚不能发送（标有 ✗）。请修正，或现在发送已就绪的平台；尚未发送任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>{join} wait in this computer&apos;s queue.</source>
        <translation>{join} 在本机队列中等待。</translation>
    </message>
    <message>
        <source>{names}: you post it by hand in the composer SocialDesk opens.</source>
        <translation>{names}：请在 SocialDesk 打开的发布框中手动发布。</translation>
    </message>
    <message>
        <source>Nothing will be posted: there is no account for {join}. Their texts are saved to the Outbox folder for you to post by hand; add an account (Accounts…) to publish directly.</source>
        <translation>不会发布任何内容：{join} 没有账号。文本会保存到“发件箱”文件夹，供您手动发布；添加账号（“账号…”）即可直接发布。</translation>
    </message>
    <message>
        <source>Ready to publish to {posted}. No account for {saved}: saved to the Outbox folder instead.</source>
        <translation>可以发布到 {posted}。{saved} 没有账号：改为保存到“发件箱”文件夹。</translation>
    </message>
    <message>
        <source>Publishing stopped: {result}</source>
        <translation>发布已停止：{result}</translation>
    </message>
    <message>
        <source>Save the draft to keep its publish log.</source>
        <translation>保存草稿即可保留其发布记录。</translation>
    </message>
    <message>
        <source>The publish log could not be saved: {problem}</source>
        <translation>无法保存发布记录：{problem}</translation>
    </message>
    <message>
        <source>Done: {done} of {total}.</source>
        <translation>完成：{total} 个中的 {done} 个。</translation>
    </message>
    <message>
        <source>Not sent: {names}; fix what is marked and publish again.</source>
        <translation>未发送：{names}；请修正标记的问题后再次发布。</translation>
    </message>
    <message>
        <source>Check the platforms marked ? before publishing there again.</source>
        <translation>再次发布前，请先检查标有 ? 的平台。</translation>
    </message>
    <message>
        <source>Nothing was sent: the draft&apos;s pictures from outside its folder were not allowed.</source>
        <translation>未发送任何内容：未允许使用草稿文件夹之外的图片。</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>Everything scheduled or published, from all drafts</source>
        <translation>所有草稿中已定时或已发布的内容</translation>
    </message>
    <message>
        <source>Queued posts sent: {done} of {total}.</source>
        <translation>已发送队列中的帖子：{done} / {total}。</translation>
    </message>
</context>
<context>
    <name>SchedulingPage</name>
    <message>
        <source>Send queued X and Weibo posts even when SocialDesk is closed</source>
        <translation>即使 SocialDesk 已关闭，也发送队列中的 X 和微博帖子</translation>
    </message>
    <message>
        <source>Adds a small entry to your system&apos;s scheduler that runs “socialdesk queue run” every {minutes} minutes. The computer must be on (or wake) at the time.</source>
        <translation>在系统计划任务中添加一项，每 {minutes} 分钟发送一次队列中的帖子。届时计算机需要开着（或被唤醒）。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>A post whose time passed while the computer slept still goes out this long afterwards; later than that it waits for your decision in the Calendar.</source>
        <translation>计算机休眠期间错过时间的帖子，在此时长内仍会发出；超过则在日历中等待您决定。</translation>
    </message>
    <message>
        <source>Send missed posts up to</source>
        <translation>错过的帖子最多延后发送</translation>
    </message>
    <message>
        <source>Each audience&apos;s time zone (by the card&apos;s language):</source>
        <translation>各受众的时区（按卡片语言）：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>(my time zone)</source>
        <translation>（我的时区）</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone (for {language}).</source>
        <translation>“{name}”不是时区（{language}）。</translation>
    </message>
    <message>
        <source>Queued posts now go out even when SocialDesk is closed.</source>
        <translation>现在即使 SocialDesk 已关闭，队列中的帖子也会发出。</translation>
    </message>
    <message>
        <source>Queued posts now go out only while SocialDesk is open.</source>
        <translation>现在队列中的帖子仅在 SocialDesk 打开时发出。</translation>
    </message>
    <message>
        <source>The system scheduler entry could not be changed: {problem}</source>
        <translation>无法更改系统计划任务：{problem}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>定时发布</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Unsaved work is copied to the recovery folder this often.</source>
        <translation>未保存的内容会按此间隔复制到恢复文件夹。</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>自动保存间隔</translation>
    </message>
    <message>
        <source>File ▸ History keeps this many versions of each draft; older ones go.</source>
        <translation>“文件 ▸ 历史版本”为每个草稿保留这么多版本；更早的会被删除。</translation>
    </message>
    <message>
        <source>Versions kept per draft</source>
        <translation>每个草稿保留的版本数</translation>
    </message>
    <message>
        <source>Your documents folder</source>
        <translation>您的“文档”文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>文稿库文件夹</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The interface language changes when SocialDesk starts next time.</source>
        <translation>界面语言将在下次启动 SocialDesk 时更改。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>SpellBinding</name>
    <message>
        <source>No suggestions</source>
        <translation>无建议</translation>
    </message>
    <message>
        <source>Add “{word}” to Dictionary</source>
        <translation>将“{word}”添加到词典</translation>
    </message>
    <message>
        <source>Ignore “{word}”</source>
        <translation>忽略“{word}”</translation>
    </message>
</context>
<context>
    <name>TemplateFieldsForm</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>A link has no spaces</source>
        <translation>链接中不能有空格</translation>
    </message>
    <message>
        <source>Needed: the post cannot do without it.</source>
        <translation>必填：帖子离不开它。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Template&lt;/b&gt;</source>
        <translation>&lt;b&gt;模板&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Give a field a different value for one audience, e.g. the Russian text for VK</source>
        <translation>为某一受众单独设置字段的值，例如给 VK 用的俄语文本</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>模板…</translation>
    </message>
    <message>
        <source>None — write freely</source>
        <translation>不使用——自由撰写</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>This draft was made with the template “{template}”, which is not available ({problem}). Its texts are unchanged.</source>
        <translation>此草稿使用的模板“{template}”不可用（{problem}）。文本未做改动。</translation>
    </message>
    <message>
        <source>Same in every language</source>
        <translation>所有语言相同</translation>
    </message>
    <message>
        <source>{name} only ({join})</source>
        <translation>仅{name}（{join}）</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>不使用模板</translation>
    </message>
    <message>
        <source>No template: the texts stay as they are.</source>
        <translation>未使用模板：文本保持原样。</translation>
    </message>
    <message>
        <source>Cannot use this template: {problem}</source>
        <translation>无法使用此模板：{problem}</translation>
    </message>
    <message>
        <source>Apply template “{name}”</source>
        <translation>应用模板“{name}”</translation>
    </message>
    <message>
        <source>the master text</source>
        <translation>主文本</translation>
    </message>
    <message>
        <source>Kept your own edits of {parts}; revert a card to let the template fill it again.</source>
        <translation>已保留您对{parts}的修改；将卡片恢复为主文本后，模板会重新填充它。</translation>
    </message>
    <message>
        <source> (line {line})</source>
        <translation>（第 {line} 行）</translation>
    </message>
    <message>
        <source>The template could not fill the post{where}: {problem}. Nothing was changed.</source>
        <translation>模板无法填充帖子{where}：{problem}。未做任何改动。</translation>
    </message>
    <message>
        <source>Fill in {fields} to make the post; the texts stay as they are until then.</source>
        <translation>请填写{fields}以生成帖子；在此之前文本保持不变。</translation>
    </message>
    <message>
        <source>Keep your own texts?</source>
        <translation>保留您自己的文本？</translation>
    </message>
    <message>
        <source>You wrote the text for {names} yourself. The template would replace it.</source>
        <translation>{names} 的文本是您亲自写的。模板会替换它。</translation>
    </message>
    <message>
        <source>Keep your texts and let the template fill the rest?</source>
        <translation>保留您的文本，其余由模板填写？</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Use this template?</source>
        <translation>使用此模板？</translation>
    </message>
    <message>
        <source>This template has no field for your current text, so it will replace it. Continue? (Edit ▸ Undo brings it back.)</source>
        <translation>此模板没有可放置当前文本的字段，因此会替换它。继续吗？（“编辑 ▸ 撤销”可以恢复。）</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Each platform&apos;s audience</source>
        <translation>各平台的受众语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>BUILT-IN</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>MY TEMPLATES</source>
        <translation>我的模板</translation>
    </message>
    <message>
        <source>    None yet — New or Duplicate</source>
        <translation>    暂无——点“新建”或“创建副本”</translation>
    </message>
    <message>
        <source>Built-in template: read-only. Duplicate it to make your own version.</source>
        <translation>内置模板为只读。创建副本即可制作自己的版本。</translation>
    </message>
    <message>
        <source>Your template. Changes are saved when you switch templates or close.</source>
        <translation>您的模板。切换模板或关闭时会保存更改。</translation>
    </message>
    <message>
        <source>Not updated: the template has an error</source>
        <translation>未更新：模板有错误</translation>
    </message>
    <message>
        <source>Not rendered: {message}</source>
        <translation>未能渲染：{message}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>✓ No problems. Fields: {names}</source>
        <translation>✓ 没有问题。字段：{names}</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source> on line {line}</source>
        <translation>（第 {line} 行）</translation>
    </message>
    <message>
        <source> (rendering for {platform})</source>
        <translation>（为 {platform} 渲染时）</translation>
    </message>
    <message>
        <source>Cannot save the template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>新模板的名称：</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>我的模板</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>创建模板副本</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本的名称：</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>重命名模板</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Cannot delete the template</source>
        <translation>无法删除模板</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete “{name}”? It is moved to the templates/.deleted folder.</source>
        <translation>删除“{name}”？它会被移到 templates/.deleted 文件夹。</translation>
    </message>
</context>
<context>
    <name>ThreadActions</name>
    <message>
        <source>Post as a thread</source>
        <translation>拆成串推发布</translation>
    </message>
    <message>
        <source>Split the X text into posts that each fit, published as replies one after another. A line holding only --- moves a break.</source>
        <translation>把 X 文本拆成每条都不超限的帖子，依次作为回复发布。单独一行 --- 可移动分段位置。</translation>
    </message>
    <message>
        <source>Number the parts (1/4)</source>
        <translation>为各部分编号（1/4）</translation>
    </message>
</context>
<context>
    <name>ThreadPartRow</name>
    <message>
        <source>Part {number} of {total}</source>
        <translation>第 {number} 部分，共 {total} 部分</translation>
    </message>
    <message>
        <source>{number}/{total} · {count} / {limit}</source>
        <translation>{number}/{total} · {count} / {limit}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Write the post here</source>
        <translation>在这里撰写帖子</translation>
    </message>
    <message>
        <source>Write it once, in any language. Hashtags, mentions and links are highlighted, and the counter below shows how much room the selected platform leaves.</source>
        <translation>只需写一次，用任何语言都可以。话题标签、提及和链接会高亮显示，下方的计数器会显示所选平台还剩多少字数。</translation>
    </message>
    <message>
        <source>Four live previews</source>
        <translation>四个实时预览</translation>
    </message>
    <message>
        <source>Each card shows the post as VK, Weibo, X or Facebook will show it: counted by that platform&apos;s rules, folded where its feed folds. Edit on a card gives one platform its own text.</source>
        <translation>每张卡片都按 VK、微博、X 或 Facebook 的样子展示帖子：按该平台的规则计数，并在其信息流折叠的位置折叠。点击卡片上的“编辑”可为该平台单独撰写文本。</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Translate All fills every platform in its audience&apos;s language at once; a card&apos;s Translate does one. Pick the translation service in Settings.</source>
        <translation>“全部翻译”会一次性把每个平台的文本译成其受众的语言；卡片上的“翻译”只翻译这一个。翻译服务可在“设置”中选择。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Start from a template: fill in its fields and every card follows. Tools ▸ Templates lets you write your own.</source>
        <translation>从模板开始：填写字段，所有卡片随之更新。在“工具 ▸ 模板”中可以编写自己的模板。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>File ▸ Export saves the final texts as files, a PDF proof for a client or a CSV for a scheduler.</source>
        <translation>“文件 ▸ 导出”可把最终文本保存为文件、给客户确认的 PDF 校样，或供排期工具使用的 CSV。</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Publish sends the post to every platform in one click. Add your accounts first (Tools ▸ Accounts); their keys stay in your system&apos;s keyring.</source>
        <translation>“发布”可一键把帖子发送到所有平台。请先添加账号（“工具 ▸ 账号”）；账号密钥保存在系统钥匙串中。</translation>
    </message>
</context>
<context>
    <name>TourCallout</name>
    <message>
        <source>Skip Tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>第 {n} 步，共 {total} 步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TranslateWorker</name>
    <message>
        <source>{problem}. Fix it in Tools ▸ Glossary.</source>
        <translation>{problem}。请在“工具 ▸ 术语表”中修正。</translation>
    </message>
</context>
<context>
    <name>TranslationController</name>
    <message>
        <source>Translate</source>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Translate into</source>
        <translation>翻译为</translation>
    </message>
    <message>
        <source>Translate all</source>
        <translation>全部翻译</translation>
    </message>
    <message>
        <source>Translate the master into every platform&apos;s language</source>
        <translation>把主文本翻译成每个平台的语言</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>术语表(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Translation settings…</source>
        <translation>翻译设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Write the post first, then translate it.</source>
        <translation>请先撰写帖子，再进行翻译。</translation>
    </message>
    <message>
        <source>Kept your edited text. Translate this card again to replace it.</source>
        <translation>已保留您编辑过的文本。再次翻译此卡片即可替换。</translation>
    </message>
    <message>
        <source>Translating into {language}…</source>
        <translation>正在翻译为{language}…</translation>
    </message>
    <message>
        <source>Translating into {name}… {done} of {total} sentences</source>
        <translation>正在翻译为{name}……已完成 {done}/{total} 句</translation>
    </message>
    <message>
        <source>The post changed while translating, so that translation was dropped. Press Re-translate.</source>
        <translation>翻译期间帖子已改动，因此放弃了该译文。请点击“重新翻译”。</translation>
    </message>
    <message>
        <source>Kept your edited text; the new translation was not applied.</source>
        <translation>已保留您编辑过的文本；新译文未被采用。</translation>
    </message>
    <message>
        <source>Check the translation:</source>
        <translation>请检查译文：</translation>
    </message>
    <message>
        <source> ({count} from memory)</source>
        <translation>（{count} 处来自翻译记忆）</translation>
    </message>
    <message>
        <source>Translated into {name}{note}.</source>
        <translation>已翻译为{name}{note}。</translation>
    </message>
    <message>
        <source>Written in {name}, like the master: back to the master text.</source>
        <translation>与主文本语言相同（{name}）：已恢复为主文本。</translation>
    </message>
    <message>
        <source>Written in {name}, like the master: nothing to translate.</source>
        <translation>与主文本语言相同（{name}）：无需翻译。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Re-translate</source>
        <translation>重新翻译</translation>
    </message>
    <message>
        <source>Translate the master into {language}</source>
        <translation>把主文本翻译为{language}</translation>
    </message>
    <message>
        <source> with {service}</source>
        <translation>（使用{service}）</translation>
    </message>
    <message>
        <source>Replace your edits?</source>
        <translation>替换您的修改？</translation>
    </message>
    <message>
        <source>You edited the text for {names}. Replace it with a new translation?</source>
        <translation>您修改过 {names} 的文本。要用新译文替换吗？</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>Replace them</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>TranslationSettingsDialog</name>
    <message>
        <source>Translation settings</source>
        <translation>翻译设置</translation>
    </message>
</context>
<context>
    <name>TranslationSettingsPage</name>
    <message>
        <source>Translation service</source>
        <translation>翻译服务</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Remove stored key</source>
        <translation>删除已保存的密钥</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Give up after</source>
        <translation>超时时间</translation>
    </message>
    <message>
        <source>This draft</source>
        <translation>本草稿</translation>
    </message>
    <message>
        <source>Master written in</source>
        <translation>主文本语言</translation>
    </message>
    <message>
        <source>{name} in</source>
        <translation>{name} 的语言</translation>
    </message>
    <message>
        <source>Translate the words of hashtags</source>
        <translation>翻译话题标签中的词语</translation>
    </message>
    <message>
        <source>default: the service&apos;s own</source>
        <translation>默认：使用服务自身的地址</translation>
    </message>
    <message>
        <source>API key (optional)</source>
        <translation>API 密钥（可选）</translation>
    </message>
    <message>
        <source>stored in the system keyring; type to replace</source>
        <translation>已保存在系统钥匙串中；输入新值即可替换</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>will be removed when you press OK</source>
        <translation>点击“确定”后将删除</translation>
    </message>
    <message>
        <source>{service} needs the address of its server.</source>
        <translation>{service} 需要填写服务器地址。</translation>
    </message>
    <message>
        <source>{service} needs its {id_label}.</source>
        <translation>{service} 需要填写{id_label}。</translation>
    </message>
    <message>
        <source>Master language</source>
        <translation>主文本语言</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>SocialDesk user guide</source>
        <translation>SocialDesk 用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({path}).</source>
        <translation>此安装中缺少用户指南（{path}）。</translation>
    </message>
</context>
<context>
    <name>VariantPanel</name>
    <message>
        <source>Revert to master</source>
        <translation>恢复为主文本</translation>
    </message>
    <message>
        <source>Drop {name}&apos;s own text; it inherits the master</source>
        <translation>放弃 {name} 的单独文本，改为沿用主文本</translation>
    </message>
    <message>
        <source>{name}&apos;s own text</source>
        <translation>{name} 的单独文本</translation>
    </message>
    <message>
        <source> — the master changed since; review this text</source>
        <translation> — 主文本之后已改动，请检查此文本</translation>
    </message>
    <message>
        <source> — {over:,} over</source>
        <translation> — 超出 {over:,}</translation>
    </message>
</context>
</TS>
